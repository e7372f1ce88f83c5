# Extract one policy from the 鹿城区招商宣传手册 flipbook (bookbase.js) into plain text.
# Usage: python3 extract_lucheng.py bookbase.js FIRST LAST
import re, sys, html
s = open(sys.argv[1], encoding='utf-8').read()
first, last = int(sys.argv[2]), int(sys.argv[3])
pages = {}
for m in re.finditer(r'data\[i\]\.id === "zc(\d+)"\) \{(.*?)`\s*\n\s*\}', s, re.S):
    pages[int(m.group(1))] = m.group(2)
out = []
for n in range(first, last + 1):
    body = pages[n]
    # drop the running-head block (title repeated on every left page) and navigation
    body = re.sub(r'<div style="width: 512px;height:100px;position: absolute;top:50px;.*?</div>', '', body, flags=re.S) if n != first else body
    ps = re.findall(r'<p[^>]*>(.*?)</p>', body, re.S)
    for p in ps:
        t = html.unescape(re.sub(r'<[^>]+>', '', p)).strip()
        if not t or t in ('下一页', '上一页'):
            continue
        out.append((n, t))
for n, t in out:
    print(f'[{n}] {t}')
