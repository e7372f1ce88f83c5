# owners.json for 关于推进科技创新工程实施意见: every numbered item that carries
# （牵头单位：…，配合单位：…）. Item 1 (发展目标) names no units and is left out.
import re, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
title = '关于推进科技创新工程实施意见'
text = open(os.path.join(HERE, '..', 'knowledge', title + '.txt'), encoding='utf-8').read()
rows = []
for line in text.split('\n'):
    m = re.match(r'^\s*(\d+)\.([^。]+)。.*（牵头单位：(.*)）\s*$', line)
    if not m:
        continue
    no, item_title, units_txt = m.group(1) + '.', m.group(2), m.group(3)
    units = []
    for seg in units_txt.split('，'):
        seg = seg.replace('牵头单位：', '').replace('配合单位：', '')
        if seg == '各区、县级市政府':
            units.append(seg)
        else:
            units.extend(u for u in seg.split('、') if u)
    rows.append({'doc': title, 'no': no, 'title': item_title, 'units': units})
json.dump(rows, open(os.path.join(HERE, '..', 'owners.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(rows), [r['no'] for r in rows])
