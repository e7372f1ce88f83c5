#!/usr/bin/env python3
"""Builds knowledge/*.txt from the raw sources in src/raw/. Run from the suite folder: python3 src/build_knowledge.py"""
import json, re, html, os
here = os.path.dirname(os.path.abspath(__file__)); root = os.path.dirname(here)
def clean(v):
    p = re.sub(r'<br\s*/?>', '\n', v)
    p = re.sub(r'</p>|<p[^>]*>|</tr>|</td>|</div>', '\n', p)
    p = re.sub(r'<[^>]+>', '', p); p = html.unescape(p)
    return [l.strip() for l in p.split('\n') if l.strip()]
def write(title, lines):
    with open(os.path.join(root, 'knowledge', title + '.txt'), 'w', encoding='utf8') as f:
        f.write(title + '\n' + '\n'.join(lines) + '\n')
lg = json.load(open(os.path.join(here, 'raw', 'lingang_PolicyTabBean_policyContent.json'), encoding='utf8'))
write('上海市临港地区人才租房补贴实施细则（试行）', clean(lg['上海市临港地区人才租房补贴实施细则（试行）']))
write('关于加快建设具有全球影响力的科技创新中心的意见', clean(lg['《关于加快建设具有全球影响力的科技创新中心的意见》（简称22条意见）']))
row = open(os.path.join(here, 'raw', 'ge_policy_raw20190217_row35.sql'), encoding='utf8').read()
body = row[row.find('UCAP-CONTENT'):]
body = body[:body.find("', null, '未处理'")]          # keep only the first copy (the content column), not the html column
lines = clean(body)
assert lines[0].startswith('UCAP-CONTENT'); lines = lines[1:]
# the title is printed over two lines in the source; it becomes line 1 of the knowledge file
assert lines[0] == '国务院办公厅关于全面推行行政规范性文件' and lines[1] == '合法性审核机制的指导意见'
lines = lines[2:]
while lines and lines[-1] in ('-->', '扫一扫在手机打开当前页'): lines.pop()
write('国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见', lines)
for f in sorted(os.listdir(os.path.join(root, 'knowledge'))):
    t = open(os.path.join(root, 'knowledge', f), encoding='utf8').read()
    print(len(t), f)
