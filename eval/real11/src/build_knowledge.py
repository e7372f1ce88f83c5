#!/usr/bin/env python3
"""Rebuild knowledge/*.txt for the real11 suite from local `fetch` snapshots.

Sources (git snapshots under /work/.mirror, made with the search tool's `fetch`):
  A  xvshiting/politic_analysis_paper_2025  data/Policies Data.xlsx, sheet2, row No. 25 (column "Policy Content";
     column "Policy Source" = http://www.jinan.gov.cn/art/2021/9/15/art_2613_4889672.html)
  B  shizelengleng/ai-zhengce-tong  docs/policy_sources/11_公共租赁住房保障办法_穗府办规2024-13号.html
  C  shizelengleng/ai-zhengce-tong  docs/policy_sources/25_企业基本养老保险转移问答_2025.html

Cleaning: A — empty lines dropped, each line stripped of surrounding white space, nothing else changed (the
pkulaw-style ASCII punctuation inside the cell is kept). B — the `article-content` block, one <p> per line, tags
removed, leading full-width indentation dropped. C — the `content_article` block and the page's date/source line,
one paragraph per line; the page chrome (share buttons, 相关附件, 相关新闻) dropped.
No raw source file is kept in this folder.
"""
import html
import os
import re
import subprocess
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'knowledge')
M_A = '/work/.mirror/xvshiting+politic_analysis_paper_2025/repo'
M_BC = '/work/.mirror/shizelengleng+ai-zhengce-tong/repo'
COMMIT_A = '292281fcdc8b8e00046152b8c87d27ba14f0b906'
COMMIT_BC = 'f9a2097a4f9392cbe97c0c6964c8427ae14346c3'


def git_show(repo, commit, path):
    return subprocess.run(['git', '-C', repo, 'show', f'{commit}:{path}'], check=True, capture_output=True).stdout


def write(title, lines):
    text = title + '\n' + '\n'.join(lines) + '\n'
    with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    print(len(text), title)


def doc_a():
    data = git_show(M_A, COMMIT_A, 'data/Policies Data.xlsx')
    with tempfile.NamedTemporaryFile(suffix='.xlsx') as tf:
        tf.write(data)
        tf.flush()
        z = zipfile.ZipFile(tf.name)
        ss = z.read('xl/sharedStrings.xml').decode('utf-8')
        sheet = z.read('xl/worksheets/sheet2.xml').decode('utf-8')
    items = re.findall(r'<si>(.*?)</si>', ss, flags=re.S)
    strs = [html.unescape(''.join(re.findall(r'<t[^>]*>(.*?)</t>', i, flags=re.S))) for i in items]
    for row in re.findall(r'<row[^>]*>(.*?)</row>', sheet, flags=re.S):
        cells = {}
        for col, attrs, inner in re.findall(r'<c r="([A-Z]+)\d+"([^>]*?)(?:/>|>(.*?)</c>)', row, flags=re.S):
            v = re.search(r'<v>(.*?)</v>', inner or '')
            if v:
                cells[col] = strs[int(v.group(1))] if 't="s"' in attrs else v.group(1)
        if cells.get('A') == '25':
            assert cells['C'] == 'http://www.jinan.gov.cn/art/2021/9/15/art_2613_4889672.html'
            lines = [l.strip() for l in cells['F'].replace('\r', '').split('\n') if l.strip()]
            write(lines[0], lines[1:])
            return
    raise SystemExit('row 25 not found')


def paragraphs(fragment, tags=r'p'):
    out = []
    for p in re.findall(rf'<(?:{tags})[^>]*>(.*?)</(?:{tags})>', fragment, flags=re.S):
        s = re.sub(r'<br\s*/?>', '', p)
        s = re.sub(r'<[^>]+>', '', s)
        s = html.unescape(s).replace('\xa0', ' ').strip().strip('\u3000').strip()
        if s:
            out.append(s)
    return out


def doc_b():
    t = git_show(M_BC, COMMIT_BC, 'docs/policy_sources/11_公共租赁住房保障办法_穗府办规2024-13号.html').decode('utf-8')
    i = t.index('<div class="article-content">')
    j = t.index('</div>', i)
    lines = paragraphs(t[i:j])
    assert lines[0] == '穗府办规〔2024〕13号' and lines[-1].endswith('2024年7月29日印发')
    write('广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知', lines)


def doc_c():
    t = git_show(M_BC, COMMIT_BC, 'docs/policy_sources/25_企业基本养老保险转移问答_2025.html').decode('utf-8')
    i = t.index('<div class="content_article" id="zoomcon"')
    j = t.index('<div class="info_xgfj">', i)
    body = t[i:j]
    body = re.sub(r'<script.*?</script>|<style.*?</style>', '', body, flags=re.S)
    body = re.sub(r'<br\s*/?>', '\n', body)
    body = re.sub(r'</p>|</div>|</h\d>|</li>', '\n', body)
    body = html.unescape(re.sub(r'<[^>]+>', '', body)).replace('\xa0', ' ')
    lines = [l.strip() for l in body.split('\n') if l.strip()]
    title = '“社保服务进万家”问答课堂——如何进行企业基本养老保险转移'
    assert title in t and '2025-10-15' in t and '来源：广州市人力资源和社会保障局' in t
    assert lines[0].startswith('一、什么情况需要办理') and lines[-1].startswith('2.线下渠道') is False
    write(title, ['2025-10-15　来源：广州市人力资源和社会保障局'] + lines)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    doc_a()
    doc_b()
    doc_c()
