# Build the three knowledge files of suite real23 from the raw copies kept in src/raw and src/tmp.
# Only what is needed for plain UTF-8 text is changed (HTML tags dropped, SQL escapes undone,
# flipbook page breaks re-joined); the texts' own numbering, spacing and punctuation are kept.
import re, html, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'knowledge')
os.makedirs(OUT, exist_ok=True)

def write(title, body_lines):
    text = title + '\n' + '\n'.join(body_lines) + '\n'
    with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    print(title, len(text))

# (a) 关于推进科技创新工程实施意见 — post 46 of the stored MySQL dump (content field, SQL-escaped HTML)
raw = open(os.path.join(HERE, 'raw', 'kjcx_post46_content.html'), encoding='utf-8').read()
raw = raw.replace('\\"', '"').replace('\r', '')
paras = re.findall(r'<p[^>]*>(.*?)</p>', raw, re.S)
lines = []
for p in paras:
    t = html.unescape(re.sub(r'<[^>]+>', '', p))
    t = t.strip('\n').lstrip('\t').rstrip()
    if t.strip():
        lines.append(t)
write('关于推进科技创新工程实施意见', lines)

# (b) 鹿城区工业经济高质量发展的若干政策意见 — flipbook pages zc18–zc34
out = subprocess.run([sys.executable, os.path.join(HERE, 'extract_lucheng.py'),
                      os.path.join(HERE, 'tmp', 'bookbase.js'), '18', '34'],
                     capture_output=True, text=True, check=True).stdout
items = []
for ln in out.splitlines():
    m = re.match(r'\[(\d+)\] (.*)$', ln)
    items.append((int(m.group(1)), m.group(2)))
title = items[0][1] + items[1][1]
assert title == '鹿城区工业经济高质量发展的若干政策意见', title
body = []
prev_page = None
for page, t in items[2:]:
    new_page = prev_page is not None and page != prev_page
    starts_new = re.match(r'^(\d+[.．]|[一二三四五六七八九十]、|附\s*则)', t)
    if new_page and not starts_new and body:
        body[-1] = body[-1] + t          # paragraph split by the flipbook page break
    else:
        body.append(t)
    prev_page = page
write(title, body)

# (c) 零售药店医疗保障定点管理暂行办法 — text file as stored (first line is already the title)
txt = open(os.path.join(HERE, 'raw', 'lsyd_raw.txt'), encoding='utf-8').read().rstrip('\n').split('\n')
write(txt[0], txt[1:])
