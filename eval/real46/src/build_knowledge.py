#!/usr/bin/env python3
"""Builds knowledge/<title>.txt from the raw markdown copies in src/raw/.

The raw files are byte-for-byte copies of three files of the public repository
zhiyao87/Shanghai-Gov-Docs-Index (read with read_file; lengths checked against the
stored total_chars).  Each knowledge file = title line + the document body verbatim.
Only whole parts at the ends are cut: the YAML front matter, the repository's two-line
"> 本文正文由脚本…" note, the markdown heading (replaced by the title line) and, for the
Baoshan plan, the trailing 附件3 indicator table (a flattened numeric table).
"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'knowledge')

DOCS = [
    # (raw file, expected raw length, title line, cut-from marker or None)
    ('wuye.md', 4988,
     '上海市人民政府办公厅转发市住房城乡建设管理委、市房屋管理局《关于推进物业行业提质增效的实施意见》的通知', None),
    ('changning.md', 4547, '长宁区区筹公共租赁住房管理办法', None),
    ('baoshan.md', 13376,
     '上海市宝山区人民政府办公室关于印发贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施方案的通知', '\n附件3\n'),
]

for raw, n, title, cut in DOCS:
    text = open(os.path.join(HERE, 'raw', raw), encoding='utf-8').read()
    assert len(text) == n, (raw, len(text), n)
    head, body = text.split('\n# ', 1)          # drop front matter + note
    heading, body = body.split('\n', 1)         # drop the markdown heading line
    if cut:
        i = body.index(cut)
        body = body[:i + 1]
    body = body.strip('\n')
    out = title + '\n\n' + body + '\n'
    with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf-8') as f:
        f.write(out)
    print(f'{title}: {len(out)} chars (heading was: {heading})')
