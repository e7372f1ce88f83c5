#!/usr/bin/env python3
"""Convert chosen pages of Caro-Li-C/opcstartup-site (policy/original/**.html) to plain text in knowledge/.

Usage: python3 src/build_knowledge.py            # build the chosen documents
       python3 src/build_knowledge.py --preview PATH   # print the text of any page (no file written)

Rules: drop the Jekyll front matter, the <style>, the page header (meta tags 政策解读/政策原文/place,
the <h1> repeated title, the date/issuer/`来源：公众号…` bar), the 施行说明 box label, the back-to-list link
and the ← 上一篇 / 下一篇 → navigation. Each <p>, <h2>, <h3>, signature line is one line. Headings in these
pages already carry their numbers (一、 （一） 1.), so the text is kept as written; if a heading had no number
the script would stop (none of the chosen pages needs numbering from <ol>: they have no <ol>).
Inline spans (责任单位) stay on the line of their paragraph. Full-width punctuation is kept as written.
First line = the front-matter title (characters illegal in file names removed) = file name.
"""
import html, os, re, subprocess, sys

GITDIR = '/work/.mirror/Caro-Li-C+opcstartup-site/repo'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'knowledge')

CHOSEN = [
    'policy/original/1-第一篇 长三角地区/1-第一章 浙江省/2026-04-20-第五节 宁波-宁波市人民政府办公厅关于支持人工智能OP.html',
    'policy/original/5-第五篇 成渝地区/1-第一章 四川省/2026-06-30-第三节 南充-南充市人民政府办公室关于印发南充市支持人.html',
    'policy/original/7-第七篇 其他重点地区/1-第一章 中部地区/2026-06-24-第一节 郑州-郑州市人民政府办公室关于印发郑州市人工智能OPC创业社区推广.html',
]

def git(*args):
    return subprocess.run(['git', '--git-dir=' + GITDIR, *args], capture_output=True, check=True).stdout.decode('utf-8')

def convert(raw):
    m = re.match(r'---\n(.*?)\n---\n', raw, re.S)
    fm, body = m.group(1), raw[m.end():]
    title = re.search(r'^title:\s*(.*)$', fm, re.M).group(1).strip().strip('"\'')
    # policy body only: from <div class="policy-body"> to </article>
    start = body.index('<div class="policy-body">') + len('<div class="policy-body">')
    end = body.index('</article>')
    b = body[start:end]
    b = re.sub(r'<strong>\s*施行说明：\s*</strong>', '', b)       # label of the site's box, not the document
    lines = []
    for tag, inner in re.findall(r'<(p|h2|h3|h4|div class="effective-date")[^>]*>(.*?)</(?:p|h2|h3|h4|div)>', b, re.S):
        t = re.sub(r'<br\s*/?>', '\n', inner)
        t = re.sub(r'<[^>]+>', '', t)
        t = html.unescape(t)
        for ln in t.split('\n'):
            ln = re.sub(r'[ \t\u3000]+$', '', re.sub(r'^[ \t\u3000]+', '', ln))
            if ln:
                lines.append(ln)
        if tag in ('h2', 'h3') and not re.match(r'^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])', t.strip()):
            sys.exit('heading without number: ' + t)
    chrome = {'政策解读', '政策原文', '返回政策原文列表', '← 上一篇', '下一篇 →'}
    lines = [l for l in lines if l not in chrome and not l.startswith('来源：公众号')]
    fname = re.sub(r'[\\/:*?"<>|]', '', title)
    return fname, fname + '\n' + '\n'.join(lines) + '\n'

def main():
    if len(sys.argv) > 2 and sys.argv[1] == '--preview':
        print(convert(git('show', 'HEAD:' + sys.argv[2]))[1]); return
    commit = git('rev-parse', 'HEAD').strip()
    os.makedirs(OUT, exist_ok=True)
    for p in CHOSEN:
        fname, text = convert(git('show', 'HEAD:' + p))
        with open(os.path.join(OUT, fname + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        print(f'{len(text):6d} chars  {fname}.txt  <- {p} @ {commit}')

if __name__ == '__main__':
    main()
