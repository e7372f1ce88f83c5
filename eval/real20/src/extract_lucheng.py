# Extracts 《鹿城区促进开放型经济发展的若干政策意见（试行）》 from the flip-book data file of
# github.com/wzkcyEdsTD/lucheng-economy-map (commit 42e225429ec6f71422d7ff4f14f2de0601e936d1,
# path src/components/canvass/CanvassPolicy/js/bookbase.js). The policy text sits in <p> tags of
# pages zc12..zc17; each page after the first repeats the title as a page header (dropped here),
# and a sentence cut by a page break is joined back without a line break. Nothing else is changed.
import re, sys
src = sys.argv[1] if len(sys.argv) > 1 else '/dev/stdin'
s = open(src, encoding='utf-8').read()
parts = re.split(r'data\[i\]\.id === "(zc\d+)"', s)
pages = {parts[k]: parts[k + 1] for k in range(1, len(parts), 2)}
title = '鹿城区促进开放型经济发展的若干政策意见（试行）'
out = [title]
prev_open = False
for n in range(12, 18):
    body = pages['zc%d' % n]
    paras = [p.strip() for p in re.findall(r'<p[^>]*>(.*?)</p>', body, re.S)]
    paras = [p for p in paras if p and p != '上一页' and p != '下一页' and not p.startswith('${')]
    # page header (two lines of the title) on every page
    if paras[:2] == ['鹿城区促进', '开放型经济发展的若干政策意见（试行）']:
        paras = paras[2:]
    for i, p in enumerate(paras):
        p = re.sub(r'<[^>]+>', '', p)
        if i == 0 and prev_open:
            out[-1] += p
        else:
            out.append(p)
    last = out[-1]
    prev_open = not re.search(r'[。；：）」]$', last) and not re.match(r'^[一二三四五六七八九十]+、', last)
open('/tmp/real20/knowledge/%s.txt' % title, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('\n'.join(out))
print(len(''.join(out)))
