#!/usr/bin/env python3
"""Build knowledge/*.txt for the real13 suite from the stored snapshot of
GitHub Caro-Li-C/opcstartup-site (fetched with the `fetch` tool to
/work/.mirror/Caro-Li-C+opcstartup-site/repo). Only web chrome is removed
(HTML tags, the site's CSS/header/footer/nav, Jekyll front matter, the
reposter's one-line headline, the site's "施行说明：" label); the text itself is
kept as the page has it (half-width commas in doc A, spaces around "OPC" in C)."""
import html, re, subprocess, sys
from pathlib import Path

GIT = '/work/.mirror/Caro-Li-C+opcstartup-site/repo'
COMMIT = 'cb8ec1d'  # HEAD of the stored snapshot (full hash recorded in README)
OUT = Path(__file__).resolve().parent.parent / 'knowledge'

def show(path):
    return subprocess.run(['git', '--git-dir', GIT, 'show', f'{COMMIT}:{path}'],
                          capture_output=True, check=True).stdout.decode('utf-8')

def html_body(path):
    t = show(path)
    b = t.split('<div class="policy-body">', 1)[1].split('<div class="back-to-list">')[0]
    b = b.replace('<strong>施行说明：</strong>', '')
    b = re.sub(r'<(p|h1|h2|h3|div)[^>]*>', '\n', b)
    b = re.sub(r'<[^>]+>', '', b)
    b = html.unescape(b)
    lines = [l.strip() for l in b.split('\n')]
    return '\n'.join(l for l in lines if l)

DOCS = [
    ('武汉市人民政府关于印发武汉市支持人工智能OPC创新发展若干措施的通知',
     'policy/original/4-第四篇 长江中游地区/1-第一章 湖北省/2026-02-13-第二节 武汉-武汉市人民政府关于印发武汉市支持人工智能.html', 'html'),
    ('海淀区全面打造OPC创业生态专项申报指南',
     '_applications/2026-05-20-海淀区全面打造OPC创业生态专项申报指南.md', 'md'),
    ('望花区关于支持OPC相关业态创新发展的实施意见（征求意见稿）',
     'policy/original/6-第六篇 东三省地区/3-第三章 抚顺市望花区/2026-03-06-第三章 -望花区关于支持OPC相关业态创新发展的实.html', 'html'),
]

def md_body(path):
    t = show(path)
    t = t.split('---', 2)[2]  # drop Jekyll front matter
    lines = [l.rstrip() for l in t.split('\n')]
    lines = [l for l in lines if not (l.startswith('《') and l.endswith('》正式发布'))]  # reposter headline
    out, blank = [], False
    for l in lines:
        if not l.strip():
            if not blank and out: out.append('')
            blank = True
        else:
            out.append(l.strip()); blank = False
    return '\n'.join(out).strip()

OUT.mkdir(exist_ok=True)
for title, path, kind in DOCS:
    body = html_body(path) if kind == 'html' else md_body(path)
    text = title + '\n' + body.strip() + '\n'
    (OUT / f'{title}.txt').write_text(text, encoding='utf-8')
    print(len(text), title)
