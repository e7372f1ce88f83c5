#!/usr/bin/env bash
# Grep evidence that the refusal cases of laws19 are not answered by their law (and, where noted, by the corpus).
# Usage: bash src/check_refusals.sh   (LAWS_DIR overrides the corpus path)
LAWS="${LAWS_DIR:-/work/shared/corpus/laws}"
cd "$LAWS" || exit 1
show() { # law-file  pattern  label
  local n; n=$(grep -cE "$2" "$1"); echo "[$3] law hits for /$2/: $n"
}
corpus() { # pattern label
  local n; n=$(grep -rlE "$1" . | wc -l); echo "[$2] corpus files matching /$1/: $n"; grep -rlE "$1" . | head -5 | sed 's/^/      /'
}
N='司法解释/最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）(2022-03-01).md'
F='司法解释/最高人民法院关于审理食品药品惩罚性赔偿纠纷案件适用法律若干问题的解释(2024-08-21).md'
X='诉讼与非诉讼程序法/刑事诉讼法(2018-10-26).md'
J='行政法/人民警察法(2012-10-26).md'
D='经济法/电力法(2018-12-29).md'
G='行政法规/港口间海上旅客运输赔偿责任限额规定(1993-12-17).md'
B='司法解释/最高人民法院关于审理银行卡民事纠纷案件若干问题的规定(2021-05-24).md'
show "$N" '主播|资格证|年龄' 'lw19-08'; corpus '主播' 'lw19-08'
show "$F" '税' 'lw19-15'; corpus '惩罚性赔偿.{0,40}(个人所得税|纳税)|(个人所得税|纳税).{0,40}惩罚性赔偿' 'lw19-15'
show "$X" '探视|每月|次数' 'lw19-29'; corpus '探视.{0,20}(每月|每周|次)' 'lw19-29'
show "$J" '身高|视力|厘米' 'lw19-35'; corpus '警察.{0,60}身高|身高.{0,60}警察' 'lw19-35'
show "$D" '千瓦时|阶梯|元/' 'lw19-44'; corpus '千瓦时|阶梯电价' 'lw19-44'
show "$G" '行李费|超重|补交|补费' 'lw19-48'; corpus '行李费|超重行李' 'lw19-48'
show "$B" '日内|天内|个工作日|每日|每天' 'lw19-m05'
corpus '盗刷.{0,60}(日内|天内|工作日)' 'lw19-m05'
