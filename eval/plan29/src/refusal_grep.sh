#!/bin/sh
# Grep the folded document for terms a refusal's answer would need; every count must be 0.
F="$(dirname "$0")/folded.txt"
for t in 截止 窗口 受理 奖励 奖金 万元 元 电话 热线 联系 会议室 地点 会场 大厦 资金 预算 亿元 补贴 安家 购房 住房; do
  printf '%s\t%s\n' "$t" "$(grep -o "$t" "$F" | wc -l)"
done
