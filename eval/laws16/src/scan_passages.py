#!/usr/bin/env python3
"""For every answerable case: in how many corpus files does its passage occur (1 = only the cited law),
and which other laws of this suite contain each must alternative. Whitespace is ignored.
Usage: python3 src/scan_passages.py [LAWS_DIR]"""
import json, os, re, sys
LAWS = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpus/laws'
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
strip = lambda s: re.sub(r'\s+', '', s)
corpus = {}
for root, _, files in os.walk(LAWS):
    for fn in files:
        if fn.endswith('.md'):
            p = os.path.join(root, fn)
            corpus[os.path.relpath(p, LAWS)] = strip(open(p, encoding='utf-8').read())
suite = [l.strip() for l in open(os.path.join(HERE, 'src', 'laws.txt'), encoding='utf-8') if l.strip()]
cases = [json.loads(l) for n in ('questions.jsonl', 'conversations.jsonl')
         for l in open(os.path.join(HERE, n), encoding='utf-8') if l.strip()]
for c in cases:
    if c.get('refuse'):
        continue
    p = strip(c['passage'])
    hits = [k for k, v in corpus.items() if p in v]
    others = {}
    for g in c['must']:
        for a in g:
            o = [s for s in suite if s != c['note'] and strip(a) in corpus[s]]
            if o:
                others[a] = len(o)
    flag = '' if hits == [c['note']] else '  <-- passage also in: ' + '; '.join(h for h in hits if h != c['note'])
    print(f"{c['id']}: passage files={len(hits)} must-alts also in other suite laws={others}{flag}")
