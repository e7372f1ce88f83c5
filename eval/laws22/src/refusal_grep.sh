#!/usr/bin/env bash
# Evidence that the facts asked in the refusal cases are absent from the whole corpus folder
# (or present only as "另行规定/按有关规定执行" without a figure). Prints every hit.
cd /work/shared/corpus/laws
for k in '等级津贴' '三级高级监察官' '处理基金' '元/台' '电视机.*元' '最低收购价' '小麦.*元' '稀土.*万吨' '开采总量' \
         '算法备案' 'beian' 'cac\.gov' '注册费' '注册收费' '每页' '复印费' '档案.*收费'; do
  echo "== $k"; grep -rnoE ".{0,40}${k}.{0,60}" .
done
