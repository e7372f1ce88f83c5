# Build owners.json from the annotated items of 数字广东建设2025年工作要点.txt.
# Each item line "N.title。…（annotation）": units before "牵头" are lead; units after it ("…按职责分工负责")
# are support. Without "牵头", every unit before "按职责分工负责" is lead (joint responsibility), and a trailing
# "X结合实际落实" clause is support. Units are kept exactly as written (e.g. "科技厅" without the 省 prefix).
import json, re, sys
doc = '数字广东建设2025年工作要点'
lines = open(sys.argv[1], encoding='utf8').read().split('\n')
def units(s):
    s = re.sub(r'(等单位|等)$', '', s)
    return [u for u in re.split(r'[、，]', s) if u]
rows = []
for l in lines:
    m = re.match(r'^(\d+\.[^。]+)。.*（([^（）]+)）$', l)
    if not m: continue
    task, ann = m.group(1), m.group(2)
    lead, support = [], []
    parts = ann.split('，')
    if '牵头' in ann:
        head, _, rest = ann.partition('牵头')
        lead = units(head)
        rest = rest.lstrip('，')
        rest = re.sub(r'按职责分工负责$', '', rest)
        support = units(rest)
    else:
        main, _, tail = ann.partition('按职责分工负责')
        lead = units(main)
        tail = tail.lstrip('，')
        if tail:
            support = units(re.sub(r'结合实际落实$', '', tail))
    rows.append({'doc': doc, 'task': task, 'lead': lead, 'support': support})
json.dump(rows, open(sys.argv[2], 'w', encoding='utf8'), ensure_ascii=False, indent=1)
print(len(rows))
