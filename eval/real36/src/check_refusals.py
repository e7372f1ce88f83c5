#!/usr/bin/env python3
"""Greps each document for the facts the refusal cases ask about; every listed pattern must be absent."""
import re, json
from pathlib import Path
D = Path(__file__).resolve().parent.parent
ABSENT = {
  'r36a22': ('taian-opc.txt', [r'免费', r'期限', r'\d+个月', r'年内']),
  'r36a23': ('taian-opc.txt', [r'%', r'％', r'万元', r'比例', r'补贴']),
  'r36a24': ('taian-opc.txt', [r'电话', r'网址', r'http', r'www', r'\d{7,}']),
  'r36a46': ('kindergarten-notice.txt', [r'保教费', r'收费', r'学费', r'元']),
  'r36a47': ('kindergarten-notice.txt', [r'罚款', r'罚金', r'元']),
  'r36a48': ('kindergarten-notice.txt', [r'\d{7,}', r'\d{3,4}-\d{7,8}', r'12345', r'热线']),
  'r36m04': ('kindergarten-notice.txt', [r'\d{7,}', r'\d{3,4}-\d{7,8}', r'联系电话', r'热线']),
  'r36a70': ('internet-drug-info.txt', [r'申请费', r'工本费', r'费用', r'缴纳', r'交纳']),
  'r36a71': ('internet-drug-info.txt', [r'重新申请', r'不得再', r'年内不']),
  'r36a72': ('internet-drug-info.txt', [r'补办', r'遗失', r'丢失', r'补发']),
}
cases = {c['id']: c for f in ('questions.jsonl', 'conversations.jsonl') for c in map(json.loads, (D / f).read_text(encoding='utf-8').split('\n')[:-1])}
ok = True
for cid, (doc, pats) in ABSENT.items():
    assert cases[cid].get('refuse') and cases[cid]['doc'] == doc, cid
    text = (D / 'knowledge' / doc).read_text(encoding='utf-8')
    for p in pats:
        m = re.search(p, text)
        if m:
            ok = False
            line = text[max(0, m.start() - 30): m.end() + 30].replace('\n', ' ')
            print(f'{cid}: "{p}" found: …{line}…')
refusing = {c for c, v in cases.items() if v.get('refuse')}
missing = refusing - set(ABSENT)
if missing: ok = False; print('refusals without a grep check:', sorted(missing))
print('OK' if ok else 'CHECK')
