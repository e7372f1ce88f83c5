#!/usr/bin/env python3
"""List corpus files eligible for suite laws27.

Eligible: relative path not in /tmp/used_laws.txt, title (file name without .md and without a
trailing (YYYY-MM-DD)) not a line of /tmp/used_docs.txt, and title unique in the corpus.
Prints `size<TAB>path` per eligible file; the 20 laws were then picked by hand from this list
(current texts only: files superseded by a newer text in the corpus were skipped).
"""
import collections
import os
import re
import sys

LAWS = os.environ.get('LAWS_DIR', '/work/shared/corpus/laws')


def title(p):
    return re.sub(r'\(\d{4}-\d{2}-\d{2}\)$', '', os.path.basename(p)[:-3])


def lines(p):
    return {l.strip() for l in open(p, encoding='utf8') if l.strip()} if os.path.exists(p) else set()


files = []
for root, _, fs in os.walk(LAWS):
    for f in fs:
        if f.endswith('.md'):
            files.append(os.path.relpath(os.path.join(root, f), LAWS))
used = lines('/tmp/used_laws.txt')
docs = lines('/tmp/used_docs.txt')
count = collections.Counter(title(p) for p in files)
out = sorted(p for p in files if p not in used and title(p) not in docs and count[title(p)] == 1)
for p in out:
    print(f'{os.path.getsize(os.path.join(LAWS, p))}\t{p}')
print(f'{len(out)} eligible of {len(files)}', file=sys.stderr)
