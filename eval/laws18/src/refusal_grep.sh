#!/usr/bin/env bash
# Confirms that the facts asked by the refusal cases are not stated anywhere in the corpus.
# Every command should print nothing (or only lines without a concrete figure).
LAWS=${LAWS_DIR:-/work/shared/corpus/laws}
cd "$LAWS"
echo '-- lw18-16 义务兵家庭优待金 amount';  grep -rhoE '.{0,30}优待金.{0,40}' . | grep -E '[0-9]+元|万元'
echo '-- lw18-22 保安员证 fee / sittings';  grep -rhoE '.{0,30}(考试费|报名费).{0,30}' . | grep 保安
echo '-- lw18-30 私募 合格投资者 threshold'; grep -rhoE '.{0,40}(金融资产不低于|300万元|三百万元|不低于100万元).{0,40}' . | grep -E '投资者|私募|基金'
echo '-- lw18-43 groundwater fee per m3';  grep -rhoE '.{0,30}水资源费.{0,30}' . | grep -E '每立方米|元/立方米'
echo '-- lw18-46 number of CII';           grep -rhoE '.{0,30}关键信息基础设施.{0,10}(名单|名录|数量|共计).{0,20}' .
echo '-- lw18-48 归侨子女 bonus points';      grep -rhoE '.{0,30}(归侨|侨眷|华侨).{0,40}加.{0,3}分.{0,20}' .
echo '-- lw18-m05 一次性退役金 amount';        grep -rhoE '.{0,30}退役金.{0,40}' . | grep -E '[0-9]+元|万元'
