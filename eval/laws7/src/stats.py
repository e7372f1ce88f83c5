#!/usr/bin/env python3
"""Print, for each law file a laws7 case points to: characters, articles, chapters, and the case ids."""
import json, os, re
from collections import defaultdict
LAWS = os.environ.get('LAWS_DIR', '/work/shared/corpus/laws')
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cases = defaultdict(list)
for name in ('questions.jsonl', 'conversations.jsonl'):
    for line in open(os.path.join(OUT, name), encoding='utf-8'):
        c = json.loads(line)
        if not c.get('refuse'):
            cases[c['note']].append(c['id'].replace('lw7-', ''))
for rel, ids in cases.items():
    text = open(os.path.join(LAWS, rel), encoding='utf-8').read()
    arts = len(re.findall(r'^第[一二三四五六七八九十百零]+条', text, re.M))
    chs = len(re.findall(r'^## 第[一二三四五六七八九十]+章', text, re.M))
    print(f'{rel}\t{len(text)}\t{arts}/{chs or "–"}\t{", ".join(ids)}')
