#!/usr/bin/env python3
"""owners.json for the real40 suite: one row per annotated item of 国办发〔2020〕24号.

An item line starts with （一）…（二十）; its annotation is the last parenthesis closing the line,
e.g. （国家发展改革委牵头，国务院相关部门及各地区按职责分工负责）.
lead  = the units marked 牵头; if none is marked, the first-listed unit.
owner = every unit named, in written order (generic phrases such as 国务院相关部门 / 相关部门
        and the 等 that introduces them are not units; 各地区 / 各部门 are kept as written).
"""
import json, re
DOC = '国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见'
lines = open(f'knowledge/{DOC}.txt', encoding='utf-8').read().split('\n')
GENERIC = ('国务院相关部门和单位', '国务院相关部门', '相关部门')

def units(seg):
    seg = re.sub(r'(按职责分工负责|牵头|负责)$', '', seg)
    seg = re.sub(r'等(国务院相关部门和单位|国务院相关部门|相关部门)', '', seg)
    out = []
    for part in re.split(r'、|及|和(?=国务院相关部门)', seg):
        part = part.strip()
        if part and part not in GENERIC:
            out.append(part)
    return out

rows = []
for l in lines:
    m = re.match(r'^(（[一二三四五六七八九十]+）)([^。]+)。', l)
    a = re.search(r'（([^（）]*(?:牵头|负责)[^（）]*)）$', l)
    if not (m and a):
        continue
    item, title, annot = m.group(1), m.group(2), a.group(1)
    segs = annot.split('，')
    owner, lead = [], []
    for s in segs:
        u = units(s)
        owner += [x for x in u if x not in owner]
        if s.endswith('牵头'):
            lead += u
    if not lead:
        lead = owner[:1]
    rows.append({'doc': DOC, 'task': item + title, 'item': item, 'title': title,
                 'owner_as_written': annot, 'owner': owner, 'lead': lead,
                 'note': 'lead = unit(s) marked 牵头' if '牵头' in annot else 'no unit marked 牵头: lead = first-listed unit'})
json.dump(rows, open('owners.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for r in rows: print(r['item'], r['title'], '| lead', r['lead'], '| owner', r['owner'])
print(len(rows), 'rows')
