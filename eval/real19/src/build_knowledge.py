#!/usr/bin/env python3
"""Rebuild knowledge/*.txt for real19 from the public GitHub snapshots (bare mirrors made by the `fetch` tool).

a: xvshiting/politic_analysis_paper_2025, data/Policies Data.xlsx (row No.166, column "Policy Content")
b: fishersosoo/NS_policy_recommendation @ f813bd2681a7b2e5b21d215a09b3a2bd63640452,
   condition_identification/bonus_identify/doc/广州南沙新区(自贸片区)促进科技创新产业发展扶持办法.txt
c: xvshiting/politic_analysis_paper_2025, data/Policies Data.xlsx (row No.5, column "Policy Content")
Text is kept as published in the source (numbering, OCR slips, inline headings, full-width punctuation);
only the title line is added and trailing white space on lines is stripped.
"""
import html, io, json, os, re, subprocess, sys, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'knowledge')
XV = '/work/.mirror/xvshiting+politic_analysis_paper_2025/repo'
XV_COMMIT = '292281fcdc8b8e00046152b8c87d27ba14f0b906'
NS = '/work/.mirror/fishersosoo+NS_policy_recommendation/repo'
NS_COMMIT = 'f813bd2681a7b2e5b21d215a09b3a2bd63640452'

def git_show(repo, rev, path):
    return subprocess.run(['git', '--git-dir', repo, 'show', f'{rev}:{path}'], check=True,
                          capture_output=True).stdout

def xlsx_rows(blob):
    z = zipfile.ZipFile(io.BytesIO(blob))
    ss = z.read('xl/sharedStrings.xml').decode('utf-8')
    strings = [html.unescape(''.join(re.findall(r'<t[^>]*>(.*?)</t>', si, re.S)))
               for si in re.findall(r'<si>(.*?)</si>', ss, re.S)]
    sheet = z.read('xl/worksheets/sheet1.xml').decode('utf-8')
    rows = []
    for r in re.findall(r'<row[^>]*>(.*?)</row>', sheet, re.S):
        d = {}
        for col, attrs, v in re.findall(r'<c r="([A-Z]+)\d+"([^>]*)>(?:<v>(.*?)</v>)?', r):
            d[col] = strings[int(v)] if ('t="s"' in attrs and v) else v
        rows.append(d)
    return rows

def clean(body):
    lines = [ln.rstrip() for ln in body.replace('\r\n', '\n').replace('\r', '\n').split('\n')]
    while lines and not lines[0].strip(): lines.pop(0)
    while lines and not lines[-1].strip(): lines.pop()
    return '\n'.join(lines) + '\n'

def main():
    os.makedirs(OUT, exist_ok=True)
    rows = xlsx_rows(git_show(XV, XV_COMMIT, 'data/Policies Data.xlsx'))
    by_no = {r.get('A'): r for r in rows}
    docs = {
        '以场景创新引领“十强产业”高质量发展行动计划（2025—2027年）': by_no['166']['F'],
        '广州南沙新区(自贸片区)促进科技创新产业发展扶持办法': git_show(NS, NS_COMMIT,
            'condition_identification/bonus_identify/doc/广州南沙新区(自贸片区)促进科技创新产业发展扶持办法.txt').decode('utf-8'),
        '数字技术工程师培育项目培训机构和评价机构管理办法（试行）': by_no['5']['F'],
    }
    for title, body in docs.items():
        text = title + '\n' + clean(body)
        with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        n = len(re.sub(r'\s', '', text))
        print(f'{title}: {len(text)} chars, {n} without white space')
    for no in ('166', '5'):
        r = by_no[no]
        print(no, r.get('B'), r.get('C'), r.get('D'), r.get('E'))

if __name__ == '__main__':
    main()
