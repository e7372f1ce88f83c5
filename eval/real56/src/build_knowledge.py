#!/usr/bin/env python3
"""Builds knowledge/*.txt from the raw Markdown copies in src/raw/ (see README, "Cleaning").
Rule (same for all three): drop the crawler's Markdown header (from the '# ' title line up to and including the
'---'/'--' separator) and its footer ('## 政策全文', '**更新时间**…', '【原文下载】' and the PDF link line);
strip leading/trailing white space (incl. ideographic spaces) of every line; drop empty lines; remove the '**'
bold markers around the 方案 name in A. No other character is changed. Line 1 of every file = the title."""
import os, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'knowledge')
DOCS = [
    ('A_shanghai_medical_devices.md', '上海市人民政府办公厅关于印发《上海市促进高端医疗器械产业全链条发展行动方案》的通知'),
    ('B_satellite_direct_rules.md', '终端设备直连卫星服务管理规定'),
    ('C_future_industry_qa.md', '问答实录：《关于加快推动前沿技术创新与未来产业培育的若干措施》有关情况'),
]
def clean(raw):
    lines = raw.split('\n')
    sep = next(i for i, l in enumerate(lines) if l.strip() in ('---', '--'))
    out = []
    for l in lines[sep + 1:]:
        s = l.strip()
        if not s or s == '## 政策全文' or s.startswith('**更新时间**') or s == '【原文下载】' or s.startswith('- ['):
            continue
        s = re.sub(r'^\*\*(.+)\*\*$', r'\1', s)
        out.append(s)
    return out
if __name__ == '__main__':
    for src, title in DOCS:
        raw = open(os.path.join(HERE, 'raw', src), encoding='utf-8').read()
        body = clean(raw)
        with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join([title] + body) + '\n')
        print(title, len(body) + 1, 'lines')
