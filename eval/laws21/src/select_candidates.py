#!/usr/bin/env python3
"""Lists corpus files not in /tmp/used_laws.txt whose base title (date and 中华人民共和国 prefix stripped)
occurs only once in the corpus, i.e. files with no other version/duplicate. The 20 files of laws21 were
picked by hand from this list, then checked once more by keyword (see README)."""
import collections, os, re, sys
ROOT = os.environ.get("LAWS_DIR", "/work/shared/corpus/laws")
used = set(l.strip() for l in open(os.environ.get("USED_LAWS", "/tmp/used_laws.txt")) if l.strip())
allf = sorted(os.path.relpath(os.path.join(d, f), ROOT) for d, _, fs in os.walk(ROOT) for f in fs if f.endswith(".md"))
def base(p):
    n = os.path.basename(p)[:-3]
    n = re.sub(r"\(\d{4}-\d{2}-\d{2}\)$", "", n)
    return re.sub(r"^中华人民共和国", "", n)
cnt = collections.Counter(base(p) for p in allf)
for p in allf:
    if p not in used and cnt[base(p)] == 1 and not re.search(r"修正案|修改|废止|决定", p) and not p.startswith("案例/"):
        print(os.path.getsize(os.path.join(ROOT, p)), p, sep="\t")
