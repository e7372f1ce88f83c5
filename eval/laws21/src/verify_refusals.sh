#!/bin/sh
# Greps the WHOLE corpus for the facts the 7 refusal cases ask about; every block should show
# only generic "标准由…制定 / 按照国家有关规定" lines, never a concrete figure.
cd "${LAWS_DIR:-/work/shared/corpus/laws}" || exit 1
echo "== lw21-03 扑杀补偿 amount per animal"; grep -rhoE ".{0,30}扑杀.{0,30}补偿.{0,40}" . | head
echo "== lw21-11 水土保持补偿费 rate"; grep -rhoE ".{0,30}水土保持补偿费.{0,40}" . | grep -E "元|平方米" ; grep -rhoE ".{0,30}水土保持补偿费的收取.{0,60}" .
echo "== lw21-14 检察官等级 years per grade"; grep -rhoE ".{0,40}检察官等级.{0,60}" .
echo "== lw21-21 对外劳务 服务费 cap"; grep -rhoE ".{0,30}服务费.{0,40}" . | grep -E "劳务|外派|比例|%|工资"
echo "== lw21-28 无线电频率占用费 rate"; grep -rhoE ".{0,40}频率占用费.{0,40}" .
echo "== lw21-31 移民后期扶持 amount"; grep -rhoE ".{0,30}后期扶持.{0,40}" . | grep -E "元|每人|年限"; grep -rhoE ".{0,30}扶持标准.{0,40}" .
echo "== lw21-m05 举报有组织犯罪 reward amount"; grep -rhoE ".{0,40}举报.{0,20}奖励.{0,40}" . | grep -E "元|万"; grep -rl "给予最先举报人1000元至1万元" .
