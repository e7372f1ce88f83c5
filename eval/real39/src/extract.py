#!/usr/bin/env python3
"""Extract the three source documents of the real39 suite from a snapshot of
github.com/yanyanixs/Policy-QA-Agent (file backend/resource/1_policies.json,
commit 4a98a753cd7fb8384b680aec91b0ceb30b792020).

Usage: python3 extract.py /path/to/Policy-QA-Agent/git-dir  (default: the fetch mirror)
The text is copied verbatim; only whole leading/trailing parts are cut (see README).
"""
import json, subprocess, sys, os

GIT = sys.argv[1] if len(sys.argv) > 1 else '/work/.mirror/yanyanixs+Policy-QA-Agent/repo'
COMMIT = '4a98a753cd7fb8384b680aec91b0ceb30b792020'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'knowledge')

raw = subprocess.run(['git', '--git-dir', GIT, 'show', f'{COMMIT}:backend/resource/1_policies.json'],
                     capture_output=True, check=True).stdout.decode('utf-8')
docs = json.loads(raw)
by_title = {d['标题']: d for d in docs}

def write(title, body):
    text = title + '\n\n' + body.rstrip('\n') + '\n'
    with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    print(len(text), title)

# 1. Beijing "数据要素×" plan: title (from the record's 标题 field) + the whole 正文.
t1 = '北京市大数据工作推进小组关于印发《北京市“数据要素×”实施方案（2024—2026年）》的通知'
write(t1, by_title[t1]['正文'])

# 2. Beijing public-data registration rules: title + the whole 正文.
t2 = '北京市政务服务和数据管理局关于印发《北京市公共数据资源登记管理实施细则》的通知'
write(t2, by_title[t2]['正文'])

# 3. MIIT et al. car-data guideline: the record is a news item that wraps the notice.
#    Keep the notice from its own title line through footnote 注9; drop the news lead
#    before it and the annex tables after it (PDF-extracted, column order scrambled).
rec = by_title['工信部等八部门联合发文 推进汽车数据高效便利安全跨境流动']['正文']
t3 = '关于印发《汽车数据出境安全指引（2026版）》的通知'
start = rec.index(t3)
end = rec.index('附件：\n\n序号')
body = rec[start + len(t3):end].lstrip('\n')
write(t3, body)
