#!/usr/bin/env python3
"""List corpus texts usable by laws45: not in /tmp/used_laws.txt (by path, title, title without 中华人民共和国),
not named by note/doc/SHA256SUMS of any earlier suite under /work/main/eval (laws*, and any other suite naming a
corpus .md file), title unique in the corpus. Writes cands.txt (chars<TAB>path)."""
import os, re, collections, glob, json
ROOT = '/work/shared/corpus/laws'
used = [l.strip() for l in open('/tmp/used_laws.txt') if l.strip()]
def title(p):
    b = os.path.basename(p); b = re.sub(r'\.md$', '', b); return re.sub(r'\(\d{4}-\d{2}-\d{2}\)$', '', b)
bare = lambda t: re.sub(r'^中华人民共和国', '', title(t))
usedT = {title(u) for u in used}; usedB = {bare(u) for u in used}; usedP = set(used)
# texts named by earlier suites (file names / doc / note fields only)
earlier = set()
for f in glob.glob('/work/main/eval/**/*.jsonl', recursive=True) + glob.glob('/work/main/eval/**/SHA256SUMS', recursive=True):
    if '/laws45/' in f: continue
    s = open(f, encoding='utf8', errors='replace').read()
    for m in re.finditer(r'[^"\s/]+\.md', s): earlier.add(title(m.group(0)))
    for line in s.splitlines():
        try: o = json.loads(line)
        except Exception: continue
        if not isinstance(o, dict): continue
        for k in ('doc', 'note'):
            if isinstance(o.get(k), str): earlier.add(title(o[k].split(' § ')[0]))
earlierB = {re.sub(r'^中华人民共和国', '', e) for e in earlier}
files = []
for d, _, fs in os.walk(ROOT):
    for f in fs:
        if f.endswith('.md'): files.append(os.path.relpath(os.path.join(d, f), ROOT))
tc = collections.Counter(title(f) for f in files)
out = []
for f in sorted(files):
    if f in usedP or title(f) in usedT or bare(f) in usedB or tc[title(f)] != 1: continue
    if title(f) in earlier or bare(f) in earlierB: continue
    out.append((f, len(open(os.path.join(ROOT, f), encoding='utf8').read())))
print(len(files), len(out), collections.Counter(f.split('/')[0] for f, _ in out))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'cands.txt'), 'w') as w:
    for f, n in out: w.write(f'{n}\t{f}\n')
