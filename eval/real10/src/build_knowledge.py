#!/usr/bin/env python3
"""Rebuild knowledge/*.txt from the saved government pages in GitHub shizelengleng/ai-zhengce-tong
(commit f9a2097a4f9392cbe97c0c6964c8427ae14346c3, unchanged at HEAD 4caa8bb7ac4e2159a23a808b551a8d59431e9f8f).
Usage: python3 src/build_knowledge.py /path/to/git-dir   (a local clone or `fetch` snapshot of that repository)
HTML -> text: <script>/<style> dropped, block tags -> line breaks, tags removed, entities decoded, each line
trimmed, empty lines dropped; then only the document itself is kept (page chrome before the heading and after the
signature / last answer is cut). No sentence is reworded."""
import html, re, subprocess, sys, pathlib

GIT = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/shizelengleng+ai-zhengce-tong/repo'
COMMIT = 'f9a2097a4f9392cbe97c0c6964c8427ae14346c3'
OUT = pathlib.Path(__file__).resolve().parent.parent / 'knowledge'

def page_lines(name):
    raw = subprocess.run(['git', '--git-dir', GIT,
                          '-c', 'core.quotepath=off', 'show', f'{COMMIT}:docs/policy_sources/{name}'],
                         capture_output=True, check=True).stdout.decode('utf-8')
    s = re.sub(r'<!--.*?-->', '', raw, flags=re.S)
    s = re.sub(r'<(script|style)\b.*?</\1>', '', s, flags=re.S | re.I)
    s = re.sub(r'<(p|br|div|tr|li|h\d|table|td)\b[^>]*>', '\n', s, flags=re.I)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s).replace('\xa0', ' ')
    return [l.strip() for l in s.split('\n') if l.strip()]

def cut(lines, start, end, start_nth=1):
    idx = [i for i, l in enumerate(lines) if l == start]
    i = idx[start_nth - 1]
    j = next(k for k in range(i, len(lines)) if lines[k] == end)
    return lines[i:j + 1]

docs = []
# A: 天河区人才公寓申请公告 (www.thnet.gov.cn)
L = page_lines('12_天河人才公寓申请公告_2025.html')
body = cut(L, '关于受理天河区人才公寓申请的公告', '2025年8月11日', start_nth=2)
# page metadata under the heading: keep 发表时间 and 信息来源, drop 浏览量 and font-size buttons
body = [l for l in body if not l.startswith('浏览量') and l not in ('A+大', 'A+中', 'A+小', '-')]
docs.append(('关于受理天河区人才公寓申请的公告', body))
# B: 穗建规字〔2024〕5号 (www.gz.gov.cn 规范性文件统一发布平台)
L = page_lines('13_户籍家庭住房保障通知_穗建规字2024-5号.html')
body = cut(L, '穗建规字〔2024〕5号', '公开方式：主动公开', start_nth=2)
docs.append(('广州市住房和城乡建设局关于进一步加强户籍家庭住房保障工作的通知', body))
# C: 2025年，广州市企业职工基本养老金申领详解 (rsj.gz.gov.cn 社保政策与解读)
L = page_lines('23_企业职工基本养老金申领详解_2025.html')
body = cut(L, '2025年，广州市企业职工基本养老金申领详解', '（九）申领人对核定的养老待遇有异议的，可在收到《基本养老金核定表》之日起60日内向行政复议机关提出行政复议申请，或自收到《基本养老金核定表》之日起六个月内向有管辖权的人民法院提起行政诉讼。')
out = []
for k, l in enumerate(body):
    if l == '浏览字号：大中小':
        continue
    if l == '发表时间：':           # label and value sit on two lines on the page; joined here
        continue
    if k > 0 and body[k - 1] == '发表时间：':
        l = '发表时间：' + l
    out.append(l)
docs.append(('2025年，广州市企业职工基本养老金申领详解', out))

OUT.mkdir(exist_ok=True)
for old in OUT.glob('*.txt'):
    old.unlink()
for title, body in docs:
    if body[0] == title:
        body = body[1:]
    text = title + '\n' + '\n'.join(body) + '\n'
    (OUT / f'{title}.txt').write_text(text, encoding='utf-8')
    print(len(text), title)
