#!/usr/bin/env python3
"""Rebuild knowledge/*.txt from the raw source transcriptions in src/raw/.
Sources (see README): each raw file is the exact text returned by the stored-file reader for the
repository/path/commit named in README; its length equals the reported total_chars (or, for the
NHSA file, the prefix up to the cut point)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, 'raw')
OUT = os.path.join(HERE, '..', 'knowledge')

def write(title, body):
    with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf8') as f:
        f.write(title + '\n' + body.rstrip('\n') + '\n')

# 1. Qingpu district: drop the YAML front matter, the two '>' provenance notes and the '# title' heading
#    (all at the start); keep everything from the addressee line to the end of 附件3.
q = open(os.path.join(RAW, 'qingpu_source.md'), encoding='utf8').read()
assert len(q) == 19258
start = q.index('各镇人民政府、街道办事处')
title_q = '上海市青浦区人民政府办公室关于印发《青浦区关于全面加强建筑垃圾管理的实施意见》的通知'
write(title_q, '\n' + q[start:])

# 2. NHC et al. measures: first line is the title; cut the stray header of another notice appended at the end.
n = open(os.path.join(RAW, 'nhc_hr_source.txt'), encoding='utf8').read()
assert len(n) == 3811
cut = n.index('\n关于印发长期处方管理规范')
assert cut == 3619
lines = n[:cut].split('\n')
assert lines[0] == '医疗机构检查检验结果互认管理办法'
write(lines[0], '\n'.join(lines[1:]))

# 3. NHSA notice: the raw file is the source prefix up to the notice's date line (source offset 3832,
#    where an unrelated appended notice begins).
c = open(os.path.join(RAW, 'nhsa_ddjg_source_prefix.txt'), encoding='utf8').read()
assert len(c) == 3832
lines = c.split('\n')
assert lines[0] == '关于进一步加强医疗保障定点医疗机构管理的通知'
write(lines[0], '\n'.join(lines[1:]))
print('ok')
