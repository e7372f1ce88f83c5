#!/usr/bin/env python3
"""Derives owners.json from document A (平潭 若干措施): every numbered measure 1.…28. is followed by one line
"责任单位：UNITS". The text names no separate 牵头/配合 roles, so `lead` = the 责任单位 text split at "，" exactly
as written and `support` = [] ; `owner` = the 责任单位 text as written; `owners` = lead + support.
check.mjs re-derives the same rows and fails on any difference."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
A = '平潭综合实验区党工委 平潭综合实验区管委会印发《平潭综合实验区关于促进民营经济发展壮大的若干措施》的通知'
lines = [l.strip() for l in open(os.path.join(HERE, '..', 'knowledge', A + '.txt'), encoding='utf8') if l.strip()]
rows = []
for i, l in enumerate(lines):
    m = re.match(r'^(\d+)\.(.+?)。', l)
    if not m:
        continue
    nxt = lines[i + 1]
    assert nxt.startswith('责任单位：'), (m.group(1), nxt)
    owner = nxt[len('责任单位：'):]
    lead = owner.split('，')
    rows.append({'doc': A, 'no': int(m.group(1)), 'item': m.group(1), 'title': m.group(2), 'owner': owner,
                 'lead': lead, 'support': [], 'owners': lead + [], 'text': l[:30]})
assert [r['no'] for r in rows] == list(range(1, 29))
with open(os.path.join(HERE, '..', 'owners.json'), 'w', encoding='utf8') as f:
    json.dump(rows, f, ensure_ascii=False, indent=1)
    f.write('\n')
print(len(rows), 'owner rows')
