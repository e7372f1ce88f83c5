# Parse the per-item responsible units of docs (a) and (b) into owners.json.
import json, re, os
K = os.path.join(os.path.dirname(__file__), '..', 'knowledge')
A = '广州市工业和信息化局关于印发《广州市“5G+工业互联网”融合应用试点城市方案》的通知'
B = '广州开发区 广州市黄埔区促进文旅产业与版权经济高质量发展的若干措施'
out = []
def split_units(s):
    s = s.replace('；', '，')
    parts = re.split('[、，]', s)
    return [p.strip() for p in parts if p.strip()]
# (a): sections （一）..（四） each with numbered tasks "N.title" and a trailing （责任单位：...）
t = open(os.path.join(K, A + '.txt'), encoding='utf-8').read()
body = t[t.index('二、建设内容'):t.index('三、保障措施')]
sec = None
for line in body.split('\n'):
    s = line.strip()
    m = re.match(r'^（([一二三四])）', s)
    if m:
        sec = '（' + m.group(1) + '）'; continue
    m = re.match(r'^(\d)\.(.+)$', s)
    if m:
        cur = {'doc': A, 'no': sec + m.group(1) + '.', 'title': m.group(2), 'units': []}
        out.append(cur); continue
    m = re.search(r'（责任单位：(.+)）$', s)
    if m:
        cur['units'] = split_units(m.group(1))
# (b): articles 第X条 【title】 ... （责任单位：...） possibly in later paragraphs
t = open(os.path.join(K, B + '.txt'), encoding='utf-8').read()
arts = re.split(r'(?=第[一二三四五六七八九十]+条 )', t)
for a in arts[1:]:
    m = re.match(r'(第[一二三四五六七八九十]+条) 【(.+?)】', a)
    if not m:
        continue
    units = []
    for u in re.findall(r'（责任单位：([^）)]+)[）)]', a):
        for x in split_units(u):
            if x not in units: units.append(x)
    if units:
        out.append({'doc': B, 'no': m.group(1), 'title': m.group(2), 'units': units})
json.dump(out, open(os.path.join(K, '..', 'owners.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
for o in out: print(o['no'], o['title'], o['units'])
print(len(out))
