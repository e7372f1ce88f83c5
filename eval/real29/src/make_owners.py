"""Build owners.json from the owner-annotated document: every task line
'（N）short title。… （unit、unit负责）' -> {"doc","task","lead"}; when a task carries
several annotations, lead lists the units of all of them in order, without repeats."""
import json, re, os
here = os.path.dirname(os.path.abspath(__file__))
doc = '国务院办公厅关于加快发展体育竞赛表演产业的指导意见'
text = open(os.path.join(here, '..', 'knowledge', doc + '.txt'), encoding='utf8').read()
rows = []
for line in text.split('\n'):
    m = re.match(r'^(（[一二三四五六七八九十]+）)([^。]+)。', line)
    if not m: continue
    notes = re.findall(r'（([^（）]+?)负责）', line)
    if not notes: continue
    lead = []
    for n in notes:
        for u in n.split('、'):
            if u not in lead: lead.append(u)
    rows.append({'doc': doc, 'task': m.group(1) + m.group(2), 'lead': lead})
json.dump(rows, open(os.path.join(here, '..', 'owners.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=1)
print(len(rows))
for r in rows: print(r['task'], r['lead'])
