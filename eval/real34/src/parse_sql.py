# Parse `insert into ge_policy_raw (...) values (...)` rows of a MySQL dump into JSON lines.
import sys, json, re
src = open(sys.argv[1], encoding='utf8').read()
cols = None
rows = []
i = 0
pat = re.compile(r'insert into \w+ \(([^)]*)\) values \(', re.I)
while True:
    m = pat.search(src, i)
    if not m: break
    cols = [c.strip() for c in m.group(1).split(',')]
    j = m.end(); vals = []
    while True:
        while src[j] in ' \n\r\t': j += 1
        if src[j] == "'":
            j += 1; buf = []
            while True:
                c = src[j]
                if c == '\\': buf.append({'n':'\n','t':'\t','r':'\r','0':'\0'}.get(src[j+1], src[j+1])); j += 2; continue
                if c == "'":
                    if src[j+1] == "'": buf.append("'"); j += 2; continue
                    j += 1; break
                buf.append(c); j += 1
            vals.append(''.join(buf))
        else:
            k = j
            while src[j] not in ',)': j += 1
            v = src[k:j].strip(); vals.append(None if v.lower() == 'null' else v)
        while src[j] in ' \n\r\t': j += 1
        if src[j] == ',': j += 1; continue
        if src[j] == ')': j += 1; break
    rows.append(dict(zip(cols, vals)))
    i = j
for r in rows: print(json.dumps(r, ensure_ascii=False))
