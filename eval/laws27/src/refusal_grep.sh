#!/bin/sh
# Grep the whole corpus for the facts the refusal cases ask about; each pattern should hit
# nothing, or only files that mention the topic without giving the asked figure/number.
# Usage: sh src/refusal_grep.sh  (LAWS_DIR overrides the corpus path)
LAWS=${LAWS_DIR:-/work/shared/corpus/laws}
cd "$LAWS" || exit 1
check() { n=$(grep -rl -e "$1" . | wc -l); echo "== [$2] '$1': $n file(s)"; grep -rl -e "$1" . | head -5 | sed 's/^/     /'; }
check '绿化费' 'lw27-08 amount of 绿化费'
check '义务植树.*元' 'lw27-08 amount of 绿化费'
check '注册费' 'lw27-16 mountaineering registration fee'
check '珠穆朗玛' 'lw27-16 Everest'
check '上海市第一中级' 'lw27-25 phone number'
check '第一中级人民法院' 'lw27-25 phone number'
check '咨询电话' 'lw27-25 phone number'
check '充电宝' 'lw27-33 power bank'
check '瓦时' 'lw27-33 power bank'
check '锂电池' 'lw27-33 power bank'
check '体检费' 'lw27-40 school check-up fee'
check '健康检查费' 'lw27-40 school check-up fee'
check '毫克/千克' 'lw27-48 iodine content'
check '毫克每千克' 'lw27-48 iodine content'
check 'mg/kg' 'lw27-48 iodine content'
check '含碘量' 'lw27-48 iodine content'
check '物业费.*平方米' 'lw27-m05 Hangzhou property fee'
check '杭州.*物业' 'lw27-m05 Hangzhou property fee'
