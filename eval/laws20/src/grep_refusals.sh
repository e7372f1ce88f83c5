#!/usr/bin/env bash
# Refusal check for laws20: greps all 20 chosen files for the facts the 6 oos questions and the refusing
# conversation ask about. Every hit was read by hand; none answers the question (see README).
set -uo pipefail
LAWS=${LAWS_DIR:-/work/shared/corpus/laws}
HERE=$(cd "$(dirname "$0")/.." && pwd)
node -e 'const fs=require("fs");for(const l of fs.readFileSync(process.argv[1],"utf8").trim().split("\n"))console.log(JSON.parse(l).note)' "$HERE/questions.jsonl" | sort -u > /tmp/lw20_files.txt
PAT='驾驶证|驾照|吊销|投票站|几点|时至|开始投票|免税额|5000|五千元|举报电话|电话号码|12320|所得税|税前扣除|扣除|美元|便利化|额度|补助|每月|元/月'
while read -r f; do grep -HnoE "$PAT" "$LAWS/$f" | sed "s|$LAWS/||"; done < /tmp/lw20_files.txt
