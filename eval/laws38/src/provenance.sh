#!/bin/sh
# Compare each law file of the suite with the upstream LawRefBook/Laws repository (git blob ids).
# Usage: sh src/provenance.sh /path/to/LawRefBook-Laws-git-dir > src/provenance.tsv
REPO="$1"; COMMIT=8fbca0249801d5577f099fd0efb46a3dc23c35e9
LAWS="${LAWS_DIR:-/work/shared/corpus/laws}"
printf 'note\tgit_blob\tupstream_commit\tsame\n'
tail -n +2 "$(dirname "$0")/sources.tsv" | cut -f1 | while IFS= read -r f; do
  h=$(git hash-object "$LAWS/$f")
  u=$(git -C "$REPO" rev-parse "$COMMIT:$f" 2>/dev/null)
  if [ "$h" = "$u" ]; then s=yes; else s=no; fi
  printf '%s\t%s\t%s\t%s\n' "$f" "$h" "$COMMIT" "$s"
done
