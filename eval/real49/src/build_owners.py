#!/usr/bin/env python3
"""Builds owners.json from the Jinan measures: every item line "（N）heading。…（牵头单位：…，责任单位：…）"."""
import json, os, re
here = os.path.dirname(os.path.abspath(__file__))
doc = '关于加快“科创济南”建设全面提升科技创新能力的若干政策措施'
lines = open(os.path.join(here, '..', 'knowledge', doc + '.txt'), encoding='utf-8').read().split('\n')
rows = []
for l in lines:
    l = l.strip()
    m = re.match(r'^(（[一二三四五六七八九十]+）)([^。]+)。', l)
    if not m: continue
    a = re.search(r'（((?:牵头单位|责任单位)：[^（）]*)）$', l)
    assert a, l[:30]
    inner = a.group(1)
    lead, resp = [], []
    mm = re.match(r'^牵头单位：(.*?)(?:[，；]责任单位：(.*))?$', inner)
    if mm:
        lead = mm.group(1).split('、')
        resp = mm.group(2).split('、') if mm.group(2) else []
    else:
        resp = re.match(r'^责任单位：(.*)$', inner).group(1).split('、')
    rows.append({
        'doc': doc, 'task': m.group(1) + m.group(2), 'item': m.group(1), 'title': m.group(2),
        'owner_as_written': a.group(0), 'lead': lead, 'responsible': resp, 'owner': lead + resp,
        'note': ('牵头单位 written; lead = units after 牵头单位：, responsible = units after 责任单位：'
                 if lead else 'only 责任单位 written: no separate lead; all named units are responsible'),
    })
json.dump(rows, open(os.path.join(here, '..', 'owners.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(rows), 'rows')
for r in rows: print(r['item'], r['title'], '| lead', r['lead'], '| resp', r['responsible'])
