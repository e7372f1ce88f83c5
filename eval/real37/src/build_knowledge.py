#!/usr/bin/env python3
"""Rebuild knowledge/*.txt of eval/real37 from the stored public snapshots.

Sources (fetched with the search tool's `fetch`, read with git):
  A  ZhouYNF/platform-1  db/ge_policy_raw20190217.sql  (gov.cn crawl, HTML in SQL)  -> 国办函〔2004〕71号
  B  mengke25/policy_text_analyse  source_policy/中山市政务数据管理办法(FBM-CLI.11.1598088).txt
  C  mengke25/policy_text_frenq    pool/北京市经济和信息化局印发《关于推进北京市数...(FBM-CLI.12.5679380).txt
Only mechanical steps: HTML tags -> text (one <p>/<br> = one line), entity decoding,
dropping the two pkulaw metadata lines (【法宝引证码】, 原文链接) and blank lines; a title line is put first
(for the pkulaw exports their own first line, the title, is that line).
"""
import html, os, re, subprocess, sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'knowledge')
M = '/work/.mirror'

def git_show(repo, path):
    return subprocess.run(['git', '-C', f'{M}/{repo}/repo', 'show', f'HEAD:{path}'],
                          check=True, capture_output=True).stdout.decode('utf-8')

def write(title, lines):
    text = title + '\n' + '\n'.join(lines) + '\n'
    with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    print(title, len(text))

# A: State Council General Office letter from the gov.cn crawl
sql = git_show('ZhouYNF+platform-1', 'db/ge_policy_raw20190217.sql')
row = next(p for p in re.split(r'(?=insert into ge_policy_raw)', sql) if "'国办函〔2004〕71号'" in p)
body = row[row.find('id="UCAP-CONTENT">') + len('id="UCAP-CONTENT">'):]
body = body[:body.find('</td>')]
body = re.sub(r'<br\s*/?>', '\n', body)
body = re.sub(r'</p>', '\n', body)
body = html.unescape(re.sub(r'<[^>]+>', '', body))
lines = [l.strip() for l in body.split('\n') if l.strip()]
write('国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函', lines)

def pkulaw(repo, path, title):
    raw = git_show(repo, path)
    lines = [l.rstrip() for l in raw.split('\n')]
    lines = [l for l in lines if l.strip() and '【法宝引证码】' not in l and not l.startswith('原文链接')]
    # the pkulaw export already starts with the title line: it serves as the title line
    assert lines[0].strip() == title, lines[0]
    write(title, lines[1:])

pkulaw('mengke25+policy_text_analyse', 'source_policy/中山市政务数据管理办法(FBM-CLI.11.1598088).txt',
       '中山市政务数据管理办法')
pkulaw('mengke25+policy_text_frenq', 'pool/北京市经济和信息化局印发《关于推进北京市数...(FBM-CLI.12.5679380).txt',
       '北京市经济和信息化局印发《关于推进北京市数据专区建设的指导意见》的通知')
