#!/usr/bin/env bash
# Candidate list for laws22: corpus files not in /tmp/used_laws.txt, whose normalized title
# (folder and date stripped) is not the title of an already-used file, with sizes and a MULTI flag
# when the corpus holds more than one version of that title. Output: /tmp/fresh22.txt
set -euo pipefail
cd /work/shared/corpus/laws
find . -name '*.md' | sed 's|^\./||' | sort > /tmp/all22.txt
sort /tmp/used_laws.txt > /tmp/used22.txt
comm -23 /tmp/all22.txt /tmp/used22.txt > /tmp/cand22.txt
norm(){ sed -E 's|^.*/||; s/\([0-9-]+\)\.md$//; s/\.md$//; s/ //g'; }
norm < /tmp/used22.txt | sort -u > /tmp/usednames22.txt
norm < /tmp/all22.txt | sort | uniq -c | awk '$1>1{print $2}' > /tmp/multi22.txt
while read -r f; do
  n=$(wc -m < "$f"); nm=$(echo "$f" | norm)
  grep -qxF "$nm" /tmp/usednames22.txt && continue
  m=""; grep -qxF "$nm" /tmp/multi22.txt && m=MULTI
  printf "%s\t%s\t%s\n" "$n" "$m" "$f"
done < /tmp/cand22.txt | grep -v '^[0-9]*\t[A-Z]*\t案例/' > /tmp/fresh22.txt
wc -l /tmp/fresh22.txt
