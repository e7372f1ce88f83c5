#!/usr/bin/env python3
"""Prints per-law stats (chars, articles, case ids) for the README table of laws19."""
import json, os, re, collections
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAWS = os.environ.get('LAWS_DIR', '/work/shared/corpus/laws')
ids = collections.OrderedDict()
for name in ('questions.jsonl', 'conversations.jsonl'):
    for line in open(os.path.join(HERE, name), encoding='utf-8'):
        if line.strip():
            c = json.loads(line)
            ids.setdefault(c['note'], []).append(c['id'].replace('lw19-', '') + ('(R)' if c.get('refuse') else ''))
for note, cs in ids.items():
    raw = open(os.path.join(LAWS, note), encoding='utf-8').read()
    chars = len(re.sub(r'\s+', '', raw))
    arts = sum(1 for l in raw.split('\n') if re.match(r'^第[一二三四五六七八九十百零〇]+条', l))
    head = [l.strip() for l in raw.split('\n')[1:12] if l.strip() and not l.startswith('<!--')][:2]
    print(f'| {note} | {" / ".join(head)} | {chars} | {arts} | {", ".join(cs)} |')
