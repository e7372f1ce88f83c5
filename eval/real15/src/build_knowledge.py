#!/usr/bin/env python3
"""Build knowledge/*.txt for the real15 suite from the bare git mirror of
Caro-Li-C/opcstartup-site (policy/original/**/*.html pages).

Rules: drop the Jekyll front matter, the <style> block and the site's chrome
(政策解读 / 政策原文 tags, 来源：公众号… line, 返回政策原文列表, ← 上一篇, 下一篇 →);
keep the title (front matter `title:`) as the first line (= file name), then the
date and issuer lines shown under the title, then the body, one line per <p>/<h2>/<h3>
block.  The numbering (一、 （一） 1.) is written in the text of these pages (no <ol>),
so it is kept as written.  Inline <span class="responsible-unit"> stays inline.
Full-width punctuation is kept as written."""
import html, re, subprocess, sys, os

GIT = '/work/.mirror/Caro-Li-C+opcstartup-site/repo'
PAGES = [
    'policy/original/1-第一篇 长三角地区/3-第三章 上海市/2026-03-25-第一节 临港新片区-关于印发中国上海自由贸易试验区临港新片区.html',
    'policy/original/1-第一篇 长三角地区/2-第二章 江苏省/2026-03-19-第三节 苏州太仓-市政府办公室关于印发太仓市人工智能OPC.html',
    'policy/original/1-第一篇 长三角地区/1-第一章 浙江省/2026-05-25-第一节 杭州-杭州市AIOPC社区建设工作指引征求意见.html',
]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'knowledge')
CHROME = {'政策解读', '政策原文', '返回政策原文列表', '← 上一篇', '下一篇 →'}


def git(*args):
    return subprocess.run(['git', '--git-dir=' + GIT, *args], check=True,
                          capture_output=True).stdout.decode('utf-8')


def text_of(fragment):
    s = re.sub(r'<[^>]+>', '', fragment)
    s = html.unescape(s)
    return re.sub(r'\s+', ' ', s).strip()


def convert(raw):
    m = re.match(r'---\n(.*?)\n---\n', raw, re.S)
    front, body = m.group(1), raw[m.end():]
    title = re.search(r'^title:\s*(.+)$', front, re.M).group(1).strip().strip('"\'')
    body = re.sub(r'<style>.*?</style>', '', body, flags=re.S)
    body = re.sub(r'<svg.*?</svg>', '', body, flags=re.S)
    lines = [title]
    # header: date / issuer items under the title (source line dropped)
    header = re.search(r'<div class="policy-source-bar">(.*?)</header>', body, re.S).group(1)
    for item in re.findall(r'<div class="source-item">(.*?)</div>', header, re.S):
        t = text_of(item)
        if t and not t.startswith('来源：'):
            lines.append(t)
    main = re.search(r'<div class="policy-body">(.*)</article>', body, re.S).group(1)
    # one line per block element
    main = re.sub(r'<(p|h2|h3|h4|li)\b[^>]*>', '\n', main)
    main = re.sub(r'<div class="effective-date">', '\n', main)
    for blk in main.split('\n'):
        t = text_of(blk)
        if t and t not in CHROME:
            lines.append(t)
    assert not any(l in CHROME or l.startswith('来源：公众号') for l in lines)
    return title, '\n'.join(lines) + '\n'


def main():
    os.makedirs(OUT, exist_ok=True)
    head = git('rev-parse', 'HEAD').strip()
    for p in PAGES:
        raw = git('show', 'HEAD:' + p)
        if re.search(r'<(ol|ul|li)\b', raw):
            print('WARNING: list markup in', p, file=sys.stderr)
        title, txt = convert(raw)
        name = re.sub(r'[\\/:*?"<>|]', '', title)
        if name != title:
            txt = name + txt[len(title):]
        with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(txt)
        nows = len(re.sub(r'\s', '', txt))
        print('\t'.join([str(len(txt)), str(nows), name + '.txt', p, head]))


if __name__ == '__main__':
    main()
