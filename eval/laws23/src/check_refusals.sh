#!/usr/bin/env bash
# Evidence that the refusal cases ask for facts the corpus does not hold.
# Each block greps the case's own law file and then the whole corpus; every "should be empty" line must print nothing.
# Usage: bash src/check_refusals.sh   (LAWS_DIR overrides the corpus path)
L=${LAWS_DIR:-/work/shared/corpus/laws}
cd "$L" || exit 1
show() { echo "== $1"; }
show 'lw23-43 cash declaration amount: 反洗钱法 第十八条 only says 超过规定金额 (should be empty)'
grep -n '美元\|人民币.\{0,6\}元' '经济法/反洗钱法(2024-11-08).md'
grep -rn '携带.\{0,20\}现金.\{0,40\}[0-9一二三四五六七八九十百千万]\+\(元\|美元\)' . | head
show 'lw23-44 reward money for handing in relics (should be empty)'
grep -n '奖金\|奖励.\{0,20\}元' '行政法/文物保护法(2024-11-08).md'
grep -rn '文物.\{0,60\}奖金\|奖金.\{0,60\}文物' . | head
show 'lw23-45 head-count threshold for a 规模养殖场 (畜牧法 2022 delegates 规模标准 to the ministry; older texts delegate to provinces; no figure anywhere: the first two greps should be empty, the third shows the delegation)'
grep -n '[0-9一二三四五六七八九十百千]\+头' '经济法/畜牧法(2022-10-30).md'
grep -rn '[0-9一二三四五六七八九十百千]\+头\(以上\|生猪\|猪\|牛\)' . | head
grep -n '规模标准' '经济法/畜牧法(2022-10-30).md'
show 'lw23-46 share of ticket income for protection (should be empty)'
grep -rn '门票收入.\{0,80\}\(百分之\|%\)' . | head
show 'lw23-47 validity of the 爆破作业人员许可证 (should be empty)'
grep -rn '爆破作业人员许可证.\{0,40\}\(有效期\|年\)' . | head
show 'lw23-48 NSFC grant amounts / funding rate (should be empty)'
grep -n '万元\|资助率\|资助强度' '行政法规/国家自然科学基金条例(2024-11-08).md'
grep -rn '自然科学基金.\{0,60\}万元' . | head
show 'lw23-m05 minimum distance between a pesticide shop and living quarters (条例 only says 有效隔离: first grep should be empty, second shows the wording)'
grep -rn '农药.\{0,80\}[0-9一二三四五六七八九十百]\+米' . | head
grep -n '有效隔离' '行政法规/农药管理条例(2022-03-29).md'
