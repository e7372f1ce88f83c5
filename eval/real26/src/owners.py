import re, json, os
K = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'knowledge')
title = '漳州市人民政府办公室关于印发进一步优化营商环境降低市场主体制度性交易成本实施方案的通知'
text = open(os.path.join(K, title + '.txt')).read()
flat = re.sub(r'\s', '', text)
nums = '一二三四五六七八九十'
def split_units(s):
    out, cur, depth = [], '', 0
    for ch in s:
        if ch in '（(': depth += 1
        if ch in '）)': depth -= 1
        if ch in '、，,' and depth == 0:
            if cur: out.append(cur)
            cur = ''
        else:
            cur += ch
    if cur: out.append(cur)
    return out
items = []
for m in re.finditer(r'（([一二三四五六七八九十]{1,3})）(.*?)牵头单位：(.*?)责任单位：(.*?)(?=（[一二三四五六七八九十]{1,3}）|[一二三四五]、进一步|各级各部门要)', flat):
    no, body, lead, sup = m.groups()
    t = body.split('。')[0]
    items.append({'no': '（' + no + '）', 'title': t, 'lead': split_units(lead), 'support': split_units(sup)})
assert len(items) == 24, len(items)
json.dump([{'doc': title, 'items': items}], open(os.path.join(K, '..', 'owners.json'), 'w'), ensure_ascii=False, indent=1)
for it in items: print(it['no'], it['title'], '|', '、'.join(it['lead']), '|', '、'.join(it['support']))
