#!/usr/bin/env python3
"""Rebuild the three knowledge files of the real27 suite from their sources.

Sources (see README.md):
  A  关于推进民主法治建设的实施意见 -- row 44 of table `post` in a MySQL dump of the
     广东博士俱乐部 (gdphd.com) Yii CMS site, category 11 (广州 2012 "新型城市化" 1+15 documents).
     The dump was read through the code index (stored file id 31843635488, 684,912 chars);
     its repository could not be identified, so no git mirror exists.  `--dump FILE` parses
     a local copy of that dump; without it the transcription in src/doc_a_lines.txt is used.
  B  大连市就业政策 -- github 1912472356/SmartCity-COMPLETE,
     app/src/main/java/com/cx/smartcity/bean/FileDetailBean.java @ 6966d22f2087df8b52b86d6635bfb7f0db2d6165
     (a JSON API sample in a Javadoc comment: title 大连市就业政策, author 中山区人社局).
  C  石城县2018年度河长制湖长制工作责任单位目标管理（绩效）考核细则 -- github chengran520/sc,
     SC-HZZ/gxhy_routine_work_web/src/main/webapp/check/countyScore/countyScore.jsp
     @ b68f3fb63147fed598e3d02db6f4f41dcf6ffe9f (an HTML table in a JSP page).

Usage: python3 src/extract_docs.py [--mirrors /work/.mirror] [--dump dump.sql]
Only page chrome is removed: tags, styles, &nbsp;-only paragraphs become empty lines,
table rows become one line each with cells joined by "｜" (row/colspan cells repeated
nowhere -- the text is kept as it stands in the source, including its own typos).
"""
import argparse
import html
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'knowledge')

TITLE_A = '关于推进民主法治建设的实施意见'
TITLE_B = '大连市就业政策'
TITLE_C = '石城县2018年度河长制湖长制工作责任单位目标管理（绩效）考核细则'


def git_show(repo, rev, path):
    return subprocess.run(['git', '-C', repo, 'show', f'{rev}:{path}'], check=True,
                          capture_output=True).stdout.decode('utf-8')


def paragraphs(fragment):
    """<p>…</p> sequence -> list of lines (tags stripped, entities decoded, outer blanks trimmed)."""
    out = []
    for p in re.findall(r'<p[^>]*>(.*?)</p>', fragment, re.S):
        t = re.sub(r'<br\s*/?>', '\n', p)
        t = re.sub(r'<[^>]+>', '', t)
        t = html.unescape(t).replace('\u00a0', ' ')
        for line in t.split('\n'):
            out.append(line.strip())
    return out


def doc_a(dump):
    if dump:
        s = open(dump, encoding='utf-8').read()
        i = s.index(f"('44','11','news','{TITLE_A}'")
        row = s[i:s.index("');\n", i)]
        content = row[row.index("','<p>") + 3:]
        content = content.replace('\\"', '"')
        lines = [l for l in paragraphs(content) if l]
        return [TITLE_A] + lines
    return open(os.path.join(HERE, 'doc_a_lines.txt'), encoding='utf-8').read().rstrip('\n').split('\n')


def doc_b(mirrors):
    repo = os.path.join(mirrors, '1912472356+SmartCity-COMPLETE', 'repo')
    src = git_show(repo, '6966d22f2087df8b52b86d6635bfb7f0db2d6165',
                   'app/src/main/java/com/cx/smartcity/bean/FileDetailBean.java')
    # the DataDTO Javadoc holds the content with plain (unescaped) HTML
    block = src[src.index('* content : ') + len('* content : '):]
    block = block[:block.index('\n')]
    lines = paragraphs(block)
    # collapse runs of empty lines (&nbsp; separators) to one, drop leading/trailing empties
    out = []
    for l in lines:
        if l == '' and (not out or out[-1] == ''):
            continue
        out.append(l)
    while out and out[-1] == '':
        out.pop()
    return [TITLE_B] + out


def doc_c(mirrors):
    repo = os.path.join(mirrors, 'chengran520+sc', 'repo')
    src = git_show(repo, 'b68f3fb63147fed598e3d02db6f4f41dcf6ffe9f',
                   'SC-HZZ/gxhy_routine_work_web/src/main/webapp/check/countyScore/countyScore.jsp')
    table = src[src.index('<table'):src.rindex('</table>')]
    caption = re.search(r'<caption>(.*?)</caption>', table, re.S).group(1).strip()
    assert caption == TITLE_C, caption
    lines = [TITLE_C]
    for row in re.findall(r'<tr[^>]*>(.*?)</tr>', table, re.S):
        cells = []
        for c in re.findall(r'<t[dh][^>]*>(.*?)</t[dh]>', row, re.S):
            t = re.sub(r'<[^>]+>', '\n', c)
            t = html.unescape(t)
            parts = [x.strip() for x in t.split('\n') if x.strip()]
            cells.append(''.join(parts))
        while cells and cells[-1] == '':
            cells.pop()
        lines.append('｜'.join(cells))
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--mirrors', default='/work/.mirror')
    ap.add_argument('--dump', default=None)
    a = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    for title, lines in ((TITLE_A, doc_a(a.dump)), (TITLE_B, doc_b(a.mirrors)), (TITLE_C, doc_c(a.mirrors))):
        text = '\n'.join(lines) + '\n'
        with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        print(f'{title}: {len(text)} characters, {len(lines)} lines', file=sys.stderr)


if __name__ == '__main__':
    main()
