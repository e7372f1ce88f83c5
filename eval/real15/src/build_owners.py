#!/usr/bin/env python3
"""owners.json for the 太仓 action plan: every task paragraph of 三、主要任务 that ends with
（牵头单位：…，责任单位：…） or （责任单位：…）.  units = lead units first, then responsible
units, exactly as written (separators 、 and ， split the list; 等相关单位 kept as written)."""
import json, os, re
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
DOC = '市政府办公室关于印发《太仓市人工智能OPC培育发展行动计划（2026-2028年）》的通知'
text = open(os.path.join(HERE, 'knowledge', DOC + '.txt'), encoding='utf-8').read()
body = text.split('三、主要任务', 1)[1].split('四、保障措施', 1)[0]

def split_units(s):
    out = []
    depth, cur = 0, ''
    for ch in s:
        if ch == '（': depth += 1
        if ch == '）': depth -= 1
        if depth == 0 and ch in '、，':
            out.append(cur); cur = ''
        else:
            cur += ch
    out.append(cur)
    return [u.strip() for u in out if u.strip()]

items, parent = [], None
for line in body.strip().split('\n'):
    m = re.match(r'^(（[一二三四五六七八九十]+）)([^。]+)。', line)
    if m:
        parent = m.group(1); ptitle = m.group(2)
        no, title = parent, ptitle
    else:
        m2 = re.match(r'^(“[^”]+”|[^：]{2,12})：', line)
        no, title = parent + m2.group(1).strip('“”'), m2.group(1)
    m3 = re.search(r'（(牵头单位：(.+?)，)?责任单位：(.+)）$', line)
    if not m3:
        continue
    lead = split_units(m3.group(2) or '')
    resp = split_units(m3.group(3))
    items.append({'no': no, 'title': title, 'units': lead + resp, 'lead': lead})
json.dump({'document': DOC, 'items': items}, open(os.path.join(HERE, 'owners.json'), 'w', encoding='utf-8'),
          ensure_ascii=False, indent=1)
for it in items:
    print(it['no'], it['title'], '| lead:', it['lead'], '| all:', it['units'])
