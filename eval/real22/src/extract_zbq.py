"""Extract row id 5 (国发〔2019〕3号) from ZhouYNF/platform-1 db/ge_policy_raw20190217.sql
(commit 2197df553eee3b0bc9989d91addadf2f4227fddc) into _zbq.txt: drop HTML tags, keep text and line breaks.
Usage: git show 2197df5:db/ge_policy_raw20190217.sql > _tmp_ge.sql; python3 extract_zbq.py"""
import re, html as H
s = open('_tmp_ge.sql', encoding='utf-8', errors='replace').read()
rows = re.split(r"\ninsert into ge_policy_raw", s)
r = next(r for r in rows if re.search(r"values \(5, '", r))
seg = r[r.find('UCAP-CONTENT'):]
seg = seg[:seg.find('</td>')]
t = re.sub(r'<br\s*/?>', '\n', seg)
t = re.sub(r'</p>', '\n', t)
t = re.sub(r'<[^>]+>', '', t)
t = H.unescape(t)
t = re.sub(r'[ \t\u3000]*\n[ \t]*', '\n', t)
t = re.sub(r'\n{2,}', '\n', t).strip()
open('_zbq.txt', 'w', encoding='utf-8').write(t)
