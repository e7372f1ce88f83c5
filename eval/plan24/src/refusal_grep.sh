#!/bin/sh
# Each refusal's key fact must be absent from the folded document: print hit counts (all should be 0).
D="$(dirname "$0")/doc_folded.txt"
for w in 外贸 进出口 出口 上市公司 家上市 用水 节水 5G 基站 标识解析 几场 第三场 最后一场 500强 世界五百强 截止 报名 申报; do
  printf '%s\t%s\n' "$w" "$(grep -o "$w" "$D" | wc -l)"
done
