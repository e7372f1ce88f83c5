#!/usr/bin/env bash
# Helper used while choosing the 20 files for laws20.
# 1) lists corpus files not in /tmp/used_laws.txt (paths relative to the corpus root)
# 2) for each chosen file, lists other corpus files with the same base title (other versions / duplicates),
#    and flags chosen files that are already used. Expected output: no "USED" lines, no "others" for the 20 files.
set -euo pipefail
LAWS=${LAWS_DIR:-/work/shared/corpus/laws}
USED=${USED_LAWS:-/tmp/used_laws.txt}
HERE=$(cd "$(dirname "$0")/.." && pwd)
cd "$LAWS"
find . -name '*.md' | sed 's|^\./||' | sort > /tmp/lw20_all.txt
sort "$USED" > /tmp/lw20_used.txt
comm -23 /tmp/lw20_all.txt /tmp/lw20_used.txt > /tmp/lw20_avail.txt
echo "available (not used): $(wc -l < /tmp/lw20_avail.txt)"
node -e 'const fs=require("fs");for(const l of fs.readFileSync(process.argv[1],"utf8").trim().split("\n"))console.log(JSON.parse(l).note)' "$HERE/questions.jsonl" | sort -u |
while read -r f; do
  grep -qxF -- "$f" /tmp/lw20_used.txt && echo "USED: $f"
  t=$(basename "$f" .md | sed -E 's/\([0-9-]+\)$//; s/（[一二三四五六七八九十]+）$//; s/^最高人民法院、最高人民检察院关于|^最高人民法院关于//')
  others=$(grep -F -- "$t" /tmp/lw20_all.txt | grep -vxF -- "$f" | tr '\n' ' ' || true)
  echo "$f || others: ${others}"
done
