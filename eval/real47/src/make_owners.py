#!/usr/bin/env python3
"""Build owners.json from the Guang'an measures document (the only one that annotates its items).

Each measure 一、…十九、 is one line: "<number>、<heading>。<text>" ending with an annotation in （…） or 〔…〕
(〔〕 is used when the unit list itself contains （）, e.g. 各县（市、区）人民政府):
    （牵头单位：A）                      lead only
    （牵头单位：A，责任单位：B、C）        lead + responsible units
Units are separated by 、 or ， outside parentheses. owner = lead units + responsible units in written order.
Run from the suite folder: python3 src/make_owners.py
"""
import json
import os
import re

SUITE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = '广安市人民政府办公室关于印发《广安市激发市场活力推动经济持续回升和提质增效的若干政策措施》的通知'
lines = open(os.path.join(SUITE, 'knowledge', DOC + '.txt'), encoding='utf-8').read().split('\n')


def split_units(s):
    out, cur, depth = [], '', 0
    for ch in s:
        if ch == '（':
            depth += 1
        elif ch == '）':
            depth -= 1
        if ch in '、，' and depth == 0:
            out.append(cur)
            cur = ''
        else:
            cur += ch
    out.append(cur)
    return out


rows = []
for line in lines:
    if '牵头单位：' not in line:
        continue
    m = re.match(r'^([一二三四五六七八九十]+、)([^。]+)。', line)
    a = re.search(r'([（〔])牵头单位：(.*)([）〕])$', line)
    assert m and a, line
    inner = a.group(2)
    if '，责任单位：' in inner:
        lead_s, resp_s = inner.split('，责任单位：', 1)
    else:
        lead_s, resp_s = inner, ''
    lead = split_units(lead_s)
    resp = split_units(resp_s) if resp_s else []
    rows.append({
        'doc': DOC,
        'task': m.group(1) + m.group(2),
        'item': m.group(1),
        'title': m.group(2),
        'owner_as_written': a.group(0),
        'lead': lead,
        'responsible': resp,
        'owner': lead + resp,
        'note': 'lead = the unit after 牵头单位：; responsible = the units after 责任单位：' if resp
                else 'only a 牵头单位 is named; no 责任单位',
    })
json.dump(rows, open(os.path.join(SUITE, 'owners.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(rows), 'owner rows')
