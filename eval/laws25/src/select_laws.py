#!/usr/bin/env python3
"""Candidate filter used to pick the 20 laws of eval/laws25.
Lists corpus files that are not in /tmp/used_laws.txt, whose title (file name without
date/extension) is not in /tmp/used_docs.txt and is unique in the corpus.
Usage: python3 src/select_laws.py > /tmp/lw25_cand.txt   (size<TAB>path)"""
import collections, os, re

ROOT = os.environ.get('LAWS_DIR', '/work/shared/corpus/laws')
allp = sorted(os.path.relpath(os.path.join(d, f), ROOT)
              for d, _, fs in os.walk(ROOT) for f in fs if f.endswith('.md'))
used = {l.strip() for l in open('/tmp/used_laws.txt') if l.strip()}
udocs = {l.strip() for l in open('/tmp/used_docs.txt') if l.strip()}

def title(p):
    return re.sub(r'\(\d{4}-\d{2}-\d{2}\)$', '', os.path.basename(p)[:-3])

cnt = collections.Counter(title(p) for p in allp)
for p in allp:
    if p in used or title(p) in udocs or cnt[title(p)] != 1:
        continue
    print(f"{os.path.getsize(os.path.join(ROOT, p))}\t{p}")
