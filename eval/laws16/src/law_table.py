#!/usr/bin/env python3
"""Prints a markdown table row per law in src/laws.txt: path | title | header lines | shape | characters.
Usage: python3 src/law_table.py [LAWS_DIR]"""
import os, re, sys
LAWS = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/corpus/laws'
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for rel in [l.strip() for l in open(os.path.join(HERE, 'src', 'laws.txt'), encoding='utf-8') if l.strip()]:
    t = open(os.path.join(LAWS, rel), encoding='utf-8').read()
    title = t.splitlines()[0].lstrip('# ').strip()
    head = t.split('<!-- INFO END -->')[0].splitlines()[1:]
    head = '; '.join(h.strip() for h in head if h.strip())
    arts = len(re.findall(r'^第[一二三四五六七八九十百零]+条', t, re.M))
    chaps = len(re.findall(r'^## ', t, re.M))
    shape = f"{arts} articles" + (f", {chaps} sections" if chaps else ", no chapters")
    print(f"| {rel} | {title} | {head or '(no header lines)'} | {shape} | {len(t)} |")
