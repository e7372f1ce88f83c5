#!/usr/bin/env python3
"""Clean src/raw_shanxi_zoom.html (article block of the shanxi.chinatax.gov.cn page) into knowledge/<title>.txt.
Title: the two-line <h1> joined, the stray space before "2021年" removed; first body line: the document number;
then one line per <p> of div#zoom (strong headings included), signature and date. Text kept as published (typos too)."""
import html, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
raw = open(os.path.join(HERE, 'raw_shanxi_zoom.html'), encoding='utf-8').read()
raw = re.sub(r'<!--.*?-->', '', raw, flags=re.S)
h1 = re.search(r'<h1[^>]*>(.*?)</h1>', raw, re.S).group(1)
title = re.sub(r'<br\s*/?>', '', h1).replace('关于做好 2021年', '关于做好2021年').strip()
docno = re.search(r'号】\s*(\S+?)<br', raw).group(1)
zoom = re.search(r'<div id="zoom">(.*)</div>', raw, re.S).group(1)
lines = []
for p in re.findall(r'<p[^>]*>(.*?)</p>', zoom, re.S):
    t = re.sub(r'<br[^>]*>', '', p, flags=re.S)
    t = re.sub(r'<[^>]+>', '', t)
    t = html.unescape(t).replace('\u3000', ' ')
    t = re.sub(r'\s+', ' ', t).strip()
    if t:
        lines.append(t)
out = os.path.join(HERE, '..', 'knowledge', title + '.txt')
with open(out, 'w', encoding='utf-8') as f:
    f.write('\n'.join([title, docno] + lines) + '\n')
print(out, len(open(out, encoding='utf-8').read()))
