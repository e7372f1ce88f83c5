#!/usr/bin/env python3
"""owners.json for document A (广安 婴幼儿照护 实施意见): one row per task line that ends in a responsibility
annotation — the numbered tasks 1.–4. under the sections （一）–（三） of 三、主要任务 (11 rows) and the sections
（一）–（四） of 四、保障措施 (4 rows). 五、组织实施 carries no annotations.
Each annotation is one of '（牵头单位：L；责任单位：S）', '（牵头单位：L）', '（责任单位：S）' at the end of the line.
lead = L split at '、' (the text names the lead units itself), support = S split at '、', owners = lead + support,
owner = the annotation text as written (between '（' and '）'); item = part numeral + section + task number, e.g.
'三（二）4', or part + section for 四, e.g. '四（三）'; title = the text between the number and the first '。';
text = first 60 characters of the line."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
A = '广安市人民政府办公室关于促进3岁以下婴幼儿照护服务发展的实施意见'
ANN = re.compile(r'（((?:牵头单位：[^（）；]+)?(?:；)?(?:责任单位：[^（）；]+)?)）$')


def parse(lines):
    rows, part, sec = [], None, None
    for l in lines:
        h = re.match(r'^([一二三四五六七八九十]+)、', l)
        if h:
            part = h.group(1); sec = None; continue
        s = re.match(r'^（([一二三四五六七八九十]+)）(.+?)。', l)
        if s:
            sec = s.group(0)[:s.group(0).index('）') + 1]
            if part == '四':
                rows.append((f'{part}{sec}', s.group(2), l))
            continue
        m = re.match(r'^(\d+)\.(.+?)。', l)
        if m and part == '三':
            rows.append((f'{part}{sec}{m.group(1)}', m.group(2), l))
    out = []
    for item, title, l in rows:
        m = ANN.search(l)
        assert m and m.group(1), (item, l[-80:])
        owner = m.group(1)
        lead = re.search(r'牵头单位：([^；]+)', owner)
        sup = re.search(r'责任单位：([^；]+)', owner)
        lead = lead.group(1).split('、') if lead else []
        sup = sup.group(1).split('、') if sup else []
        out.append({'doc': A, 'no': len(out) + 1, 'item': item, 'title': title, 'owner': owner,
                    'lead': lead, 'support': sup, 'owners': lead + sup, 'text': l[:60]})
    return out


if __name__ == '__main__':
    lines = [l.strip() for l in open(os.path.join(HERE, '..', 'knowledge', A + '.txt'), encoding='utf-8') if l.strip()]
    rows = parse(lines)
    json.dump(rows, open(os.path.join(HERE, '..', 'owners.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(rows), 'rows')
    for r in rows:
        print(r['item'], r['title'], '| lead', r['lead'], '| support', r['support'])
