#!/usr/bin/env python3
"""Builds knowledge/*.txt from the raw texts in src/raw/ (see README, Sources).
raw/jinan_kechuang_xlsx_row.txt : 'Policy Content' cell, row 27 of sheet 'ShanDong Policies Table' in
    xvshiting/politic_analysis_paper_2025 @ dd9edb7b18d29e25cb254b2a07666311370f7297, data/Policies Data.xlsx
    (extract it with src/read_xlsx.py). Its first line is already the title.
raw/chufang_guanli_banfa.txt : tianxinyuan57/medical-policy-rag @ 916819a7d37e8fc6ebebe3c6ce38125e6ffb69f5,
    data/处方管理办法.txt (6548 characters). First line is already the title.
raw/kuasheng_yidi_jiuyi_tongzhi.txt : same repository and commit,
    data/关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知.txt (14939 characters). Its first line
    drops the leading 关于, so the file name title is put on a line of its own before the verbatim body."""
import os
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, '..', 'knowledge')
os.makedirs(out, exist_ok=True)
def raw(n): return open(os.path.join(here, 'raw', n), encoding='utf-8').read()
docs = {
  '关于加快“科创济南”建设全面提升科技创新能力的若干政策措施': (raw('jinan_kechuang_xlsx_row.txt'), 6382, False),
  '处方管理办法': (raw('chufang_guanli_banfa.txt'), 6548, False),
  '关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知': (raw('kuasheng_yidi_jiuyi_tongzhi.txt'), 14939, True),
}
for title, (body, n, add_title) in docs.items():
    assert len(body) == n, (title, len(body))
    text = (title + '\n' + body if add_title else body).rstrip('\n') + '\n'
    assert text.split('\n')[0] == title
    open(os.path.join(out, title + '.txt'), 'w', encoding='utf-8').write(text)
    print(title, len(text))
