# Builds owners.json from the owner-annotated document (each numbered item ends with "（负责部门：…[，适用范围：…]）").
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = '国务院关于支持自由贸易试验区深化改革创新若干措施的通知'
lines = open(os.path.join(HERE, '..', 'knowledge', TITLE + '.txt'), encoding='utf8').read().split('\n')
out = []
for l in lines:
    m = re.match(r'^(（[一二三四五六七八九十]+）)(.*)（负责部门：(.*?)）$', l)
    if not m:
        continue
    no, body, ann = m.groups()
    depth, first = 0, ''
    for ch in body:                       # first clause, not cut inside parentheses
        if ch in '（《':
            depth += 1
        elif ch in '）》':
            depth -= 1
        elif ch in '，。；' and depth == 0:
            break
        first += ch
    units_part, scope = ann, None
    m2 = re.search(r'[，；]适用范围：(.*)$', ann)
    if m2:
        units_part, scope = ann[:m2.start()], m2.group(1)
        scope = re.split(r'，以下', scope)[0]      # item (一) adds a general note after the scope
    units = [u for u in units_part.split('、') if u]
    units = [re.sub(r'等部门$', '', u) for u in units]
    e = {'doc': TITLE, 'task': no + first, 'lead': units}
    if scope:
        e['scope'] = scope
    out.append(e)
json.dump(out, open(os.path.join(HERE, '..', 'owners.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=1)
print(len(out), 'owner rows')
