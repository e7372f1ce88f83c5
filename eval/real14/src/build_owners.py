#!/usr/bin/env python3
"""owners.json from the 责任单位 annotations of the three knowledge files.
宁波: 18 items （一）…（十八）, units in （责任单位：…） at the end of the item (some items have two clauses: both kept).
南充: 15 tasks 1.…15., units in （责任单位：…） or 〔责任单位：…〕; the first comma-separated group leads.
郑州: 16 measures 1．…16., units on the line 责任单位：… after the item.
Units are split on 、 and ，; the explanatory note after ；in 南充 item 1 is dropped; 宁波's 〔县、市〕 kept whole.
"""
import json, os, re
K = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'knowledge')

def split_units(s):
    s = s.split('；')[0].split('。')[0]
    out, buf, depth = [], '', 0
    for ch in s:
        if ch in '（〔(': depth += 1
        if ch in '）〕)': depth -= 1
        if ch in '、，,' and depth == 0:
            if buf: out.append(buf)
            buf = ''
        else:
            buf += ch
    if buf: out.append(buf)
    return [u.strip() for u in out if u.strip()]

items = []
def add(doc, no, title, clauses):
    units = []
    for c in clauses:
        for u in split_units(c):
            if u not in units: units.append(u)
    d = {'doc': doc, 'no': no, 'title': title, 'units': units}
    items.append(d)

for fn in sorted(os.listdir(K)):
    text = open(os.path.join(K, fn), encoding='utf-8').read()
    doc = fn[:2]
    lines = text.split('\n')
    if doc == '宁波':
        for ln in lines:
            m = re.match(r'^（([一二三四五六七八九十]+)）([^。]+)。', ln)
            if m:
                cl = [re.sub(r'。.*$', '', c) for c in re.findall(r'（责任单位：((?:[^（）]|（[^（）]*）)*)）', ln)]
                add('宁波', '（' + m.group(1) + '）', m.group(2), cl)
    elif doc == '南充':
        for ln in lines:
            m = re.match(r'^(\d+)\.([^。]+)。', ln)
            if m:
                cl = re.findall(r'[（〔]责任单位：((?:[^（）〔〕]|（[^（）]*）)*)[）〕]$', ln)
                add('南充', m.group(1), m.group(2), cl)
    elif doc == '郑州':
        for i, ln in enumerate(lines):
            m = re.match(r'^(\d+)．([^。]+)。', ln)
            if m:
                nxt = lines[i + 1]
                assert nxt.startswith('责任单位：'), nxt
                add('郑州', m.group(1), m.group(2), [nxt[len('责任单位：'):]])
json.dump({'items': items}, open(os.path.join(K, '..', 'owners.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(items), 'items')
for d in items: print(d['doc'], d['no'], d['title'], d['units'])
