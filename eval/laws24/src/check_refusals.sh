#!/bin/sh
# Greps behind the refusal cases: each block should show no line that states the asked fact.
cd "${LAWS_DIR:-/work/shared/corpus/laws}" || exit 1
echo "== lw24-03 河道工程修建维护管理费: an amount per household/year (经济法/ and whole corpus)"
grep -rn '河道工程修建维护管理费' . | cut -c1-220
echo "== lw24-11 草原植被恢复费: an amount (whole corpus)"
grep -rn '草原植被恢复费' . | grep -E '元|每亩|公顷' | cut -c1-220
echo "== lw24-16 电力设施 举报奖励: an amount (行政法规/, 经济法/电力法)"
grep -rn '物质奖励' 行政法规/ 经济法/ | grep -E '电力' | cut -c1-220
grep -n '奖' 经济法/电力法*.md | cut -c1-220
echo "== lw24-25 水资源费: a price per cubic metre (whole corpus)"
grep -rn '水资源费' . | grep -E '立方米|元/' | cut -c1-220
echo "== lw24-35 失信被执行人名单: how long a name stays listed (司法解释/ and whole corpus)"
grep -rn '失信被执行人名单' . | grep -E '[一二三四五六七八九十0-9]+年' | cut -c1-220
echo "== lw24-44 在线调解平台: web address or app (司法解释/)"
grep -rn -iE 'http|www\.|网址|app|客户端|小程序' 司法解释/ | grep -E '调解' | cut -c1-220
echo "== lw24-m05 地质灾害危险区 居民搬迁: a subsidy amount (whole corpus)"
grep -rn '地质灾害' . | grep -E '搬迁|安置' | cut -c1-220
