#!/usr/bin/env python3
"""List corpus laws usable for laws31: not in /tmp/used_laws.txt, title not in /tmp/used_docs.txt,
title unique in the corpus, outside 司法解释/案例/刑法/宪法/其他/民法典. Prints size and path.
The 20 laws of the suite were then chosen by hand from this list (see README)."""
import collections, os, re
LAWS = os.environ.get('LAWS_DIR', '/work/shared/corpus/laws')
files = sorted(os.path.relpath(os.path.join(d, f), LAWS) for d, _, fs in os.walk(LAWS) for f in fs if f.endswith('.md'))
used = set(l.strip() for l in open('/tmp/used_laws.txt', encoding='utf-8') if l.strip())
used_docs = set(l.strip() for l in open('/tmp/used_docs.txt', encoding='utf-8') if l.strip())
title = lambda p: re.sub(r'\(\d{4}-\d{2}-\d{2}\)$', '', os.path.basename(p)[:-3])
count = collections.Counter(title(p) for p in files)
for p in files:
    if p in used or title(p) in used_docs or count[title(p)] != 1:
        continue
    if p.startswith(('司法解释', '案例', '刑法', '宪法/', '其他', '民法典')):
        continue
    print(os.path.getsize(os.path.join(LAWS, p)), p)
