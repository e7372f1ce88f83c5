#!/usr/bin/env python3
"""owners.json: the 26 measures of 《重庆市提振消费若干措施》 with the units printed in their （责任单位：…）."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
DOC = '重庆市人民政府办公厅关于印发《重庆市提振消费若干措施》的通知'
text = open(os.path.join(HERE, '..', 'knowledge', DOC + '.txt'), encoding='utf-8').read()
items, part = [], None
for line in text.split('\n'):
    m = re.match(r'^([一二三四五六])、(.+)$', line)
    if m:
        part = m.group(1) + '、' + m.group(2)
        continue
    m = re.match(r'^(（[一二三四五六七八九十]+）)([^。]+)。.*（责任单位：([^）]+)）$', line)
    if m:
        units = [u.strip() for u in re.sub(r'等$', '', m.group(3)).split('、')]
        items.append(dict(doc=DOC, part=part, no=m.group(1), title=m.group(2), units=units, lead=units[0],
                          printed=m.group(3)))
assert len(items) == 26, len(items)
json.dump(dict(doc=DOC, note='units exactly as printed in （责任单位：…）, split on 、, trailing 等 dropped; '
               'the text names no 牵头/配合 split, so lead = the first unit listed', items=items),
          open(os.path.join(HERE, '..', 'owners.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for it in items: print(it['no'], it['title'], '|', it['printed'])
