#!/usr/bin/env python3
"""Extract two gov.cn documents from the SQL dump in ZhouYNF/platform-1
(commit 2197df553eee3b0bc9989d91addadf2f4227fddc, db/ge_policy_raw20190217.sql).
Usage: git -C <mirror> show HEAD:db/ge_policy_raw20190217.sql > dump.sql; python3 extract_govcn.py dump.sql knowledge/
Only markup is removed; the split display title at the top is joined into one title line."""
import re, sys, html, os
src, out = sys.argv[1], sys.argv[2]
s = open(src, encoding='utf8').read()
rows = re.split(r"(?=insert into ge_policy_raw)", s)
WANT = {'4': '国务院办公厅关于加强三级公立医院绩效考核工作的意见',
        '32': '国务院关于印发个人所得税专项附加扣除暂行办法的通知'}
def text(c):
    c = re.sub(r'<br\s*/?>', '\n', c)
    c = re.sub(r'</p>|</div>|</tr>', '\n', c)
    c = re.sub(r'<[^>]+>', '', c)
    c = html.unescape(c)
    lines = [l.replace('\u3000', ' ').strip() for l in c.split('\n')]
    return [l for l in lines if l]
for r in rows:
    m = re.match(r"insert into ge_policy_raw \(.*?\) values \((\d+), '([^']*)', '[^']*', '([^']*)', '([^']*)', '([^']*)', '([^']*)', (?:null|'[^']*'), '[^']*', '[^']*', (?:null|'[^']*'), '(.*?)', (?:null|'[^']*'), '[^']*', '(.*)", r, re.S)
    if not m or m.group(1) not in WANT: continue
    rid, url, idx, title, office, number, content, page = m.groups()
    assert title == WANT[rid], title
    lines = text(content)
    # join the display title (split over the first lines) into the single title line
    i, acc = 0, ''
    while acc != title:
        acc += lines[i]; i += 1
        assert len(acc) <= len(title) and title.startswith(acc), (acc, title)
    body = [title] + lines[i:]
    open(os.path.join(out, title + '.txt'), 'w', encoding='utf8').write('\n'.join(body) + '\n')
    meta = dict(re.findall(r'<b>([^<]+?)：</b></td>\s*<td[^>]*>([^<]*)</td>', page))
    print(rid, url, idx, office, number, {k.replace(' ', ''): v for k, v in meta.items()}, len(''.join(body)), len('\n'.join(body)))
