#!/usr/bin/env python3
"""Extract two gov.cn documents from the ZhouYNF/platform-1 SQL dump and write knowledge/*.txt.
Source: github ZhouYNF/platform-1 @ 2197df553eee3b0bc9989d91addadf2f4227fddc, db/ge_policy_raw20190217.sql
(a 2019-02 crawl of www.gov.cn/zhengce). Usage: python3 extract_govcn.py [path-to-git-dir]"""
import html, json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'knowledge')
GIT = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/ZhouYNF+platform-1/repo'
COMMIT = '2197df553eee3b0bc9989d91addadf2f4227fddc'
sql = subprocess.run(['git', '-C', GIT, 'show', f'{COMMIT}:db/ge_policy_raw20190217.sql'],
                     capture_output=True, check=True).stdout.decode('utf-8')
sys.path.insert(0, HERE)
from parse_sql import parse_inserts  # noqa: E402

WANT = {  # crawl_url -> number of leading centred lines that form the split title
    'http://www.gov.cn/zhengce/content/2019-01/14/content_5357723.htm': 2,
    'http://www.gov.cn/zhengce/content/2019-02/14/content_5365711.htm': 3,
}

def paragraphs(content):
    t = re.sub(r'<br\s*/?>', '', content)
    t = re.sub(r'</p>', '\n', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = html.unescape(t).replace('\u00a0', ' ')
    return [re.sub(r'\s+', ' ', l).strip() for l in t.split('\n') if l.strip()]

for row in parse_inserts(sql):
    n = WANT.get(row.get('crawl_url'))
    if not n:
        continue
    lines = paragraphs(row['content'])
    title = ''.join(lines[:n])
    assert title == row['title'], (title, row['title'])
    body = lines[n:]
    path = os.path.join(OUT, title + '.txt')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join([title] + body) + '\n')
    print(path, len(open(path, encoding='utf-8').read()))
