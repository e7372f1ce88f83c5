#!/bin/sh
# Rebuild the two gov.cn knowledge files from ZhouYNF/platform-1@2197df553eee3b0bc9989d91addadf2f4227fddc:db/ge_policy_raw20190217.sql
# (rows 1 and 41). The split title lines at the head of each text are replaced by the one-line title.
set -e
SQL=${1:-gp.sql}
HERE=$(dirname "$0")
K=$HERE/../knowledge
python3 "$HERE/parse_sql.py" "$SQL" > /tmp/gp.jsonl
T1='国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见'
{ echo "$T1"; python3 "$HERE/html2lines.py" /tmp/gp.jsonl 1 | tail -n +3; } > "$K/$T1.txt"
T2='国务院办公厅关于印发国家粮食应急预案的函'
{ echo "$T2"; python3 "$HERE/html2lines.py" /tmp/gp.jsonl 41 | tail -n +3; } > "$K/$T2.txt"
