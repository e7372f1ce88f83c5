#!/usr/bin/env python3
"""Build knowledge/国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知.txt
from ZhouYNF/platform-1 db/ge_policy_raw20190217.sql (record id 8, gov.cn content_5358604 era).
Usage: git -C <mirror> show HEAD:db/ge_policy_raw20190217.sql > /tmp/ge.sql; python3 extract_c.py /tmp/ge.sql OUT
Only markup is removed (tags -> line breaks at </p> and <br>); the two-line display title is joined into line 1.
"""
import re, html, sys
src, out = sys.argv[1], sys.argv[2]
s = open(src, encoding='utf-8').read()
recs = re.split(r"\ninsert into ge_policy_raw", s)
for r in recs:
    m = re.search(r"values \((\d+), '([^']*)', '[^']*', '[^']*', '([^']*)', '([^']*)', '([^']*)'", r)
    if not m or int(m.group(1)) != 8:
        continue
    title = m.group(3)
    rest = r[m.end():]
    m2 = re.search(r", (?:null|'[^']*'), (?:null|'[^']*'), (?:null|'[^']*'), '(.*?)', (?:null|'[^']*'), '", rest, re.S)
    t = m2.group(1)
    t = re.sub(r'<br\s*/?>', '\n', t)
    t = re.sub(r'</p>', '\n', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = html.unescape(t)
    lines = [l.strip() for l in t.split('\n') if l.strip()]
    # lines[0:2] are the display title split over two lines; replace by the single title
    assert ''.join(lines[0:2]) == title, lines[0:2]
    open(out, 'w', encoding='utf-8').write('\n'.join([title] + lines[2:]) + '\n')
    print('wrote', out, len(title))
