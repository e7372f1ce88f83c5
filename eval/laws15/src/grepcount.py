#!/usr/bin/env python3
"""Usage: grepcount.py STRING...  -> for each string, list corpus files (whitespace-stripped match) containing it."""
import os, sys, re
LAWS = os.environ.get('LAWS_DIR', '/work/shared/corpus/laws')
docs = {}
for root, _, files in os.walk(LAWS):
    for f in files:
        if f.endswith('.md') and f != '_index.md':
            p = os.path.join(root, f)
            docs[os.path.relpath(p, LAWS)] = re.sub(r'\s+', '', open(p, encoding='utf-8').read())
for s in sys.argv[1:]:
    s2 = re.sub(r'\s+', '', s)
    hits = [k for k, v in docs.items() if s2 in v]
    print(f'{len(hits):4d}  {s}  ->  {"; ".join(hits[:6])}')
