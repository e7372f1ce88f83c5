#!/usr/bin/env python3
"""Rebuild eval/real36/knowledge/*.txt from the public snapshots (fetched with the search tool's `fetch`).

Only web chrome (site navigation, tags, "back to list" links, QR-code hints, markdown markers) is removed;
the text of each document is kept as published in its source.
Mirrors expected under /work/.mirror/<owner>+<name>/repo (bare git snapshots).
"""
import html, re, subprocess, sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / 'knowledge'
M = Path('/work/.mirror')

def git_show(repo, spec):
    return subprocess.run(['git', '-C', str(M / repo / 'repo'), 'show', spec], capture_output=True, check=True).stdout.decode('utf-8')

def taian():
    # Caro-Li-C/opcstartup-site @ cb8ec1d8bfddffca7bffc793d449f9fb6569fe2f
    path = 'policy/original/3-第三篇 京津冀及环渤海地区/3-第三章 山东省/2026-05-14-第五节 泰安-泰安市人民政府办公室关于支持人工智能OP.html'
    s = git_show('Caro-Li-C+opcstartup-site', 'cb8ec1d8bfddffca7bffc793d449f9fb6569fe2f:' + path)
    title = re.search(r'<h1 class="policy-title">(.*?)</h1>', s).group(1)
    body = s.split('<div class="policy-body">', 1)[1].split('<div class="back-to-list">', 1)[0]
    lines = [title]
    for m in re.finditer(r'<(p|h1|h2|h3)[^>]*>(.*?)</\1>', body, re.S):
        t = html.unescape(re.sub(r'<[^>]+>', '', m.group(2))).strip()
        if t:
            lines.append(t)
    return 'taian-opc.txt', lines

def kindergarten():
    # ZhouYNF/platform-1 @ 2197df553eee3b0bc9989d91addadf2f4227fddc, db/ge_policy_raw20190217.sql, row id 6 (content column)
    s = git_show('ZhouYNF+platform-1', '2197df553eee3b0bc9989d91addadf2f4227fddc:db/ge_policy_raw20190217.sql')
    row = [p for p in s.split('insert into ge_policy_raw (') if re.search(r"values \(6, ", p)][0]
    content = re.search(r"\d\d:\d\d:\d\d', null, '(.*?)', null, '未处理'", row, re.S).group(1)
    t = re.sub(r'<(p|br|div|tr)[^>]*>', '\n', content)
    t = html.unescape(re.sub(r'<[^>]+>', '', t))
    raw = [l.strip() for l in t.split('\n') if l.strip()]
    raw = [l for l in raw if '扫一扫' not in l and l != '-->']
    # the page prints the title on two lines; join them into one title line
    assert raw[0] == '国务院办公厅关于开展' and raw[1].startswith('城镇小区配套幼儿园')
    lines = [raw[0] + raw[1]] + raw[2:]
    return 'kindergarten-notice.txt', lines

def drug_info():
    # LawRefBook/Laws @ 2f4c5c23716267af9dbebbbbd6cbbf732b101981
    path = '部门规章/市场监督管理总局/互联网药品信息服务管理办法(2004-07-08).md'
    s = git_show('LawRefBook+Laws', '2f4c5c23716267af9dbebbbbd6cbbf732b101981:' + path)
    lines = []
    for l in s.split('\n'):
        l = l.strip()
        if not l or l.startswith('<!--'):
            continue
        lines.append(l.lstrip('# ').strip())
    return 'internet-drug-info.txt', lines

def main():
    OUT.mkdir(exist_ok=True)
    for fn in (taian, kindergarten, drug_info):
        name, lines = fn()
        (OUT / name).write_text('\n'.join(lines) + '\n', encoding='utf-8')
        print(name, len(lines), 'lines', sum(len(l) for l in lines), 'chars')

if __name__ == '__main__':
    main()
