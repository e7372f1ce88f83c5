# Lists corpus texts that may be used by laws35: not on /tmp/used_laws.txt (by path or title) and with a title
# that occurs once in the corpus. Output: one "path<TAB>bytes" line per candidate (written to stdout).
import os, re, collections, sys
root = os.environ.get('LAWS_DIR', '/work/shared/corpus/laws')
files = [os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(root) for f in fs if f.endswith('.md')]
title = lambda p: re.sub(r'\(\d{4}-\d{2}-\d{2}\)$', '', os.path.basename(p)[:-3] if p.endswith('.md') else os.path.basename(p))
used = [l.strip() for l in open('/tmp/used_laws.txt') if l.strip()]
used_paths, used_titles = set(used), {title(u) for u in used}
count = collections.Counter(title(f) for f in files)
for f in sorted(files):
    if f not in used_paths and title(f) not in used_titles and count[title(f)] == 1:
        sys.stdout.write(f'{f}\t{os.path.getsize(os.path.join(root, f))}\n')
