"""Extract one document's body text from the gov.cn crawl dump
ZhouYNF/platform-1 : db/ge_policy_raw20190217.sql (MySQL insert statements).
Usage: python3 extract_govcn_sql.py DUMP.sql ROW_ID OUT.txt
Keeps the text as published: only HTML tags are removed; each <p> becomes one line.
"""
import re, sys, html
dump, row, out = sys.argv[1], sys.argv[2], sys.argv[3]
s = open(dump, encoding='utf8').read()
parts = re.split(r"(?=insert into ge_policy_raw)", s)
p = [x for x in parts if f"values ({row}, " in x][0]
start = p.index(", null, '<") + len(", null, '")
end = p.index("', null, '", start)
body = p[start:end].replace("\\'", "'")
body = re.sub(r"(?i)</p>|<br\s*/?>", "\n", body)
body = re.sub(r"<[^>]+>", "", body)
body = html.unescape(body).replace('\u00a0', ' ')
lines = [l.strip() for l in body.split('\n')]
lines = [l for l in lines if l]
open(out, 'w', encoding='utf8').write('\n'.join(lines) + '\n')
print(out, len('\n'.join(lines)))
