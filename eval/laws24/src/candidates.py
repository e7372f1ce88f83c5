# Lists corpus files not used by earlier suites (by path and by title), with size and kind.
import os, re, sys
ROOT = '/work/shared/corpus/laws'
used = [l.strip() for l in open('/tmp/used_laws.txt', encoding='utf8') if l.strip()]
def title_of(rel):
    with open(os.path.join(ROOT, rel), encoding='utf8') as f:
        for line in f:
            if line.startswith('# '):
                return line[2:].strip()
    return os.path.splitext(os.path.basename(rel))[0]
def base(rel):
    return re.sub(r'\(\d{4}-\d{2}-\d{2}\)$', '', os.path.splitext(os.path.basename(rel))[0])
used_set = set(used)
used_titles = set()
used_bases = set()
for u in used:
    if os.path.exists(os.path.join(ROOT, u)):
        used_titles.add(title_of(u))
    used_bases.add(base(u))
out = []
for dp, dns, fns in sorted(os.walk(ROOT)):
    dns.sort()
    for f in sorted(fns):
        if not f.endswith('.md') or f == '_index.md':
            continue
        rel = os.path.relpath(os.path.join(dp, f), ROOT)
        d = rel.split('/')[0]
        if rel in used_set:
            continue
        t = title_of(rel)
        if t in used_titles or base(rel) in used_bases:
            continue
        n = len(open(os.path.join(ROOT, rel), encoding='utf8').read())
        out.append((d, n, rel, t))
for d, n, rel, t in out:
    print(f'{n}\t{rel}\t{t}')
print(len(out), file=sys.stderr)
