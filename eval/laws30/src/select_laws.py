#!/usr/bin/env python3
"""List candidate laws for suite laws30: corpus files not in /tmp/used_laws.txt, whose title
(file name without .md and trailing (YYYY-MM-DD)) is unique in the corpus and not in
/tmp/used_docs.txt. The 20 laws were then picked by hand from this list (see README):
documents with a newer successor in the corpus (e.g. 契税暂行条例 vs 契税法, 学位条例 vs
学位法, 法律援助条例 vs 法律援助法) and near-duplicate copies (the two 人脸识别 interpretations)
were avoided so that each question has one answer in the corpus.
Usage: python3 src/select_laws.py [LAWS_DIR]
"""
import collections
import os
import re
import sys

LAWS = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpus/laws'


def title(p):
    return re.sub(r'\(\d{4}-\d{2}-\d{2}\)$', '', os.path.basename(p)[:-3])


def read(p):
    return {l.strip() for l in open(p, encoding='utf-8') if l.strip()} if os.path.exists(p) else set()


files = []
for root, _, names in os.walk(LAWS):
    for n in names:
        if n.endswith('.md') and n != '_index.md':
            files.append(os.path.relpath(os.path.join(root, n), LAWS))
used = read('/tmp/used_laws.txt')
used_titles = read('/tmp/used_docs.txt')
count = collections.Counter(title(f) for f in files)
for f in sorted(files):
    if f in used or count[title(f)] != 1 or title(f) in used_titles or f.startswith('案例/'):
        continue
    print(os.path.getsize(os.path.join(LAWS, f)), f)
