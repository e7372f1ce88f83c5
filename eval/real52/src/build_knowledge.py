#!/usr/bin/env python3
"""Builds knowledge/*.txt from src/raw/*.md. Run from anywhere: python3 src/build_knowledge.py

Each raw file is the stored text of one document of zhiyao87/Shanghai-Gov-Docs-Index (see README.md).
Cleaning: the YAML front matter, the two '>' provenance lines of the index repository and the '# title' heading are
dropped (the title becomes line 1); empty lines are dropped; every other line is kept verbatim (one paragraph a line).
Document C repeats its title as the first body line; that repeat is dropped too.
"""
import os
here = os.path.dirname(os.path.abspath(__file__)); root = os.path.dirname(here)
DOCS = [
    ('hcstgyd_source.md', '上海市人民政府办公厅印发《关于加快推进环城生态公园带规划建设的实施意见》的通知'),
    ('bzxzlzf_source.md', '上海市人民政府办公厅印发《关于加快发展本市保障性租赁住房的实施意见》的通知'),
    ('gjjjc_source.md', '上海市住房公积金缴存管理办法'),
]
os.makedirs(os.path.join(root, 'knowledge'), exist_ok=True)
for raw, title in DOCS:
    text = open(os.path.join(here, 'raw', raw), encoding='utf8').read()
    assert text.startswith('---\n')
    end = text.index('\n---\n', 4)
    front = text[4:end]
    assert ('标题: ' + title) in front, raw
    body = text[end + 5:]
    lines = [l.strip() for l in body.split('\n')]
    lines = [l for l in lines if l]
    assert lines[0].startswith('> ') and lines[1].startswith('> '), raw
    lines = lines[2:]
    assert lines[0] == '# ' + title, raw
    lines = lines[1:]
    if lines[0] == title:  # document C repeats its title
        lines = lines[1:]
    out = title + '\n' + '\n'.join(lines) + '\n'
    with open(os.path.join(root, 'knowledge', title + '.txt'), 'w', encoding='utf8') as f:
        f.write(out)
    print(len(out), title)
