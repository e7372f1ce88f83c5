#!/usr/bin/env python3
"""Build owners.json from the annotated document: one row per numbered item that ends with
（牵头单位：X，配合单位：Y、Z） or （牵头单位：X）."""
import re, json
DOC = '关于推进党建创新工程的实施意见'
rows = []
for line in open(f'knowledge/{DOC}.txt', encoding='utf8').read().split('\n'):
    m = re.match(r'^(\d+\.[^。]+)。', line)
    a = re.search(r'（牵头单位：([^，）]+)(?:，配合单位：([^）]+))?）$', line)
    if not (m and a):
        continue
    lead = a.group(1).split('、')
    support = a.group(2).split('、') if a.group(2) else []
    # "各区、县级市" style tails do not occur here; keep units exactly as written
    rows.append({'doc': DOC, 'task': m.group(1), 'lead': lead, 'support': support})
json.dump(rows, open('owners.json', 'w', encoding='utf8'), ensure_ascii=False, indent=1)
print(len(rows))
for r in rows: print(r['task'], '|', '、'.join(r['lead']), '|', '、'.join(r['support']))
