#!/usr/bin/env python3
"""owners.json for document A: one row per numbered task under 三、重点任务 (1.–20., in sections （一）–（七）), each
ending in exactly one （责任单位：UNITS）. owner = UNITS as written; units split at '、'; lead = first-listed unit
(the usual convention of such 分工 lists — the text itself does not say who leads), support = the rest;
item = section numeral + task number, e.g. '（三）6'; title = text between 'N.' and the first '。';
text = first 60 characters of the task line."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
A = '上海市人民政府办公厅关于印发《上海市促进高端医疗器械产业全链条发展行动方案》的通知'
lines = [l.strip() for l in open(os.path.join(HERE, '..', 'knowledge', A + '.txt'), encoding='utf-8') if l.strip()]
rows, part, sec = [], None, None
for l in lines:
    h = re.match(r'^([一二三四五六七八九十]+)、', l)
    if h: part = h.group(1); continue
    s = re.match(r'^（([一二三四五六七八九十]+)）', l)
    if s and part == '三': sec = s.group(0); continue
    m = re.match(r'^(\d+)\.(.+?)。', l)
    if not m or part != '三': continue
    anns = re.findall(r'（责任单位：([^（）]+)）', l)
    assert len(anns) == 1 and l.endswith('（责任单位：' + anns[0] + '）'), l
    units = anns[0].split('、')
    rows.append({'doc': A, 'no': len(rows) + 1, 'item': f'{sec}{m.group(1)}', 'title': m.group(2), 'owner': anns[0],
                 'lead': units[:1], 'support': units[1:], 'owners': units, 'text': l[:60]})
json.dump(rows, open(os.path.join(HERE, '..', 'owners.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(rows), 'rows'); [print(r['item'], r['title'], '|', r['owner']) for r in rows]
