#!/bin/sh
# Rebuild eval/real29/knowledge/*.txt from the public snapshots (see README for commits).
# Needs: fetched mirrors of ZhouYNF/platform-1 and shizelengleng/ai-zhengce-tong.
set -e
HERE=$(cd "$(dirname "$0")" && pwd); K="$HERE/../knowledge"; T=${TMPDIR:-/tmp}/r29build; mkdir -p "$K" "$T"
Z=/work/.mirror/ZhouYNF+platform-1/repo
A=/work/.mirror/shizelengleng+ai-zhengce-tong/repo
# a: gov.cn crawl dump, row 34 (国办发〔2018〕121号)
git --git-dir=$Z show 2197df5:db/ge_policy_raw20190217.sql > $T/raw.sql
python3 $HERE/extract_govcn_sql.py $T/raw.sql 34 $T/a.txt
TA='国务院办公厅关于加快发展体育竞赛表演产业的指导意见'
{ echo "$TA"; cat $T/a.txt; } > "$K/$TA.txt"
# b: 广州市人民政府门户网站 page of 广州市人民政府令第179号
git --git-dir=$A show "4caa8bb:docs/policy_sources/33_广州市老年人优待办法_政府令179号.html" > $T/b.html
python3 $HERE/html2text.py $T/b.html $T/b.txt
TB='广州市老年人优待办法'
python3 $HERE/select_lines.py $T/b.txt "$K/$TB.txt" "$TB" '=2021-02-09' '2021年2月7日印发' '分享到' '-次'
# c: 广州市行政规范性文件统一发布平台 page of 穗府办规〔2021〕7号
git --git-dir=$A show "4caa8bb:docs/policy_sources/28_特困人员救助供养通知_穗府办规2021-7号.html" > $T/c.html
python3 $HERE/html2text.py $T/c.html $T/c.txt
TC='广州市人民政府办公厅关于进一步加强特困人员救助供养工作的通知'
python3 $HERE/select_lines.py $T/c.txt "$K/$TC.txt" "$TC" '基本信息' '2021年4月16日印发' '分享到' '-'
