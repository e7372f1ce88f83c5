#!/usr/bin/env python3
"""Evidence that each refusal asks for a fact its law does not state: counts of probe words in the cited law
(should be 0 or only in unrelated senses, shown with context). Usage: python3 src/check_refusals.py [LAWS_DIR]"""
import json, os, re, sys
LAWS = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpus/laws'
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBES = {  # id -> words whose absence (or irrelevance) shows the law is silent
  'lw16-03': ['律师', '辩护', '会见'],
  'lw16-11': ['分钟', '每次', '每月', '次数'],
  'lw16-14': ['补贴', '补助', '元', '标准'],
  'lw16-17': ['公斤', '千克', '吨', '元', '收费标准'],
  'lw16-22': ['头', '规模', '年屠宰', '万'],
  'lw16-44': ['周岁', '岁', '年龄', '成年'],
  'lw16-m05': ['票价', '价格', '定价', '限价', '元'],
}
cases = {json.loads(l)['id']: json.loads(l) for n in ('questions.jsonl', 'conversations.jsonl')
         for l in open(os.path.join(HERE, n), encoding='utf-8') if l.strip()}
refusals = [c for c in cases.values() if c.get('refuse')]
missing = [c['id'] for c in refusals if c['id'] not in PROBES]
if missing:
    print('no probes for', missing)
for c in refusals:
    text = open(os.path.join(LAWS, c['note']), encoding='utf-8').read()
    print(f"{c['id']} ({c['note']}): {c.get('q') or c['turns'][-1]}")
    for w in PROBES.get(c['id'], []):
        hits = [m.start() for m in re.finditer(re.escape(w), text)]
        ctx = ' | '.join(text[max(0, h - 12):h + 12].replace('\n', ' ') for h in hits[:3])
        print(f"   {w}: {len(hits)}" + (f"  [{ctx}]" if hits else ''))
