# Re-derives owners.json from document A (run from the suite folder: python3 src/build_owners.py)
import json, re
A = '广安市人民政府办公室关于印发广安市建立健全现代医院管理制度实施方案的通知'
NOTE = '，排在第一位的为牵头部门，下同'
lines = [l.strip() for l in open(f'knowledge/{A}.txt') if l.strip()]
rows, sec, part = [], None, None
for l in lines:
    h = re.match(r'^([一二三四五六七八九十]+)、', l)
    if h: part = h.group(1); continue
    s = re.match(r'^（([一二三四五六七八九十]+)）', l)
    if s and part == '二': sec = s.group(0); continue
    m = re.match(r'^(\d+)．(.+?)。', l)
    if not m or part != '二': continue
    anns = re.findall(r'（责任单位：([^（）]+)）', l)
    assert len(anns) == 1 and l.endswith('（责任单位：' + anns[0] + '）'), l[:40]
    owner = anns[0][:-len(NOTE)] if anns[0].endswith(NOTE) else anns[0]
    units = owner.split('、')
    rows.append({'doc': A, 'no': len(rows) + 1, 'item': f'{sec}{m.group(1)}', 'title': m.group(2), 'owner': owner,
                 'lead': units[:1], 'support': units[1:], 'owners': units, 'text': l[:60]})
json.dump(rows, open('owners.json', 'w'), ensure_ascii=False, indent=1)
for r in rows: print(r['item'], r['title'], r['lead'], r['support'])
