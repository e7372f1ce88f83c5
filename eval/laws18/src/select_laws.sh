#!/usr/bin/env bash
# Lists corpus laws not yet used by earlier suites, with size, and flags sibling versions
# (same law under another date/folder) that are already used. Used to pick the 20 laws of laws18.
# Usage: bash src/select_laws.sh [KEYWORD...]
set -euo pipefail
LAWS=${LAWS_DIR:-/work/shared/corpus/laws}
USED=${USED_LAWS:-/tmp/used_laws.txt}
cd "$LAWS"
find . -name '*.md' ! -name '_index.md' | sed 's|^\./||' | sort > /tmp/lw18_all.txt
sort "$USED" > /tmp/lw18_used.txt
comm -23 /tmp/lw18_all.txt /tmp/lw18_used.txt > /tmp/lw18_avail.txt
echo "available: $(wc -l < /tmp/lw18_avail.txt)"
for k in "$@"; do
  echo "== $k"
  grep -- "$k" /tmp/lw18_all.txt | while read -r f; do
    if grep -qxF "$f" "$USED"; then echo "  USED $f"; else echo "  free $f $(wc -m < "$f")"; fi
  done
done
