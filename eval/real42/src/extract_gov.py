#!/usr/bin/env python3
"""Extract the State Council notice (国办发〔2018〕127号) from the public SQL dump
ZhouYNF/platform-1 : db/ge_policy_raw20190217.sql (commit 2197df5, row id 12, column `content`).
Usage: python3 src/extract_gov.py /path/to/ge_policy_raw20190217.sql
Writes knowledge/<title>.txt: first line = title, then the content text with blank lines
and leading/trailing blanks removed; HTML tags dropped, paragraph ends made line breaks (no other change)."""
import re, sys, html, pathlib
sql = pathlib.Path(sys.argv[1]).read_text(encoding='utf-8')
rows = re.split(r"(?=insert into ge_policy_raw)", sql)
row = next(r for r in rows if r.startswith('insert') and re.search(r"values \(12, ", r))
m = re.search(r"values \(12, '[^']*', '[^']*', '[^']*', '([^']*)', '[^']*', '[^']*', null, '[^']*', '[^']*', null, '(.*?)', null, '未处理'", row, re.S)
title, content = m.group(1), m.group(2)
content = re.sub(r'</p>|<br\s*/?>', '\n', content)   # paragraph ends -> line breaks
content = re.sub(r'<[^>]+>', '', content)             # drop the remaining HTML tags
content = html.unescape(content)
lines = [l.strip() for l in content.split('\n')]
lines = [l for l in lines if l]
out = pathlib.Path(__file__).resolve().parent.parent / 'knowledge' / (title + '.txt')
out.write_text(title + '\n' + '\n'.join(lines) + '\n', encoding='utf-8')
print(out, len(title) + sum(len(l) + 1 for l in lines))
