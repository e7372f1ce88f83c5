#!/bin/sh
# Refusal check: counts of words in the folded document (src/folded.txt, built by src/fold.cjs).
# Every word below must be 0, except 亿 (only in “万亿级产业基地”) and 万吨 (only in the target “千万吨稳产”).
cd "$(dirname "$0")"
for w in 资金 财政 万元 元 亿 奖励 补贴 资助 额度 安家 博士 现有 已有 目前 会场 会议室 地点 大厦 产量 万吨 去年 报名 截止 申报 电话; do
  printf '%s\t%s\n' "$w" "$(grep -o "$w" folded.txt | wc -l)"
done
grep -o '.\{4\}亿.\{4\}' folded.txt; grep -o '.\{4\}万吨.\{4\}' folded.txt
