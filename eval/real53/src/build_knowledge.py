#!/usr/bin/env python3
"""Builds knowledge/*.txt for real53 from the raw copies in src/raw/.

A  src/raw/A_pingtan_minying_page.txt  (changwu/pingtan-gov-zwgk-archive, page.txt: the page body flattened to one line)
   -> lines re-split at the <p> boundaries of the same page's page.html (each numbered measure and each
      "责任单位：…" line is its own <p> there; the two centred title <p>s of the 若干措施 are joined).
B  src/raw/B_govcn_row18.sql           (ZhouYNF/platform-1, db/ge_policy_raw20190217.sql, row id 18: gov.cn HTML)
   -> the `content` column, <p>/<br> -> line breaks, tags dropped, entities unescaped, full-width spaces trimmed;
      the title (3 source lines) and the first 规定's name (2 source lines) are joined into one line each.
C  src/raw/C_songjiang_rushi_source.md (zhiyao87/Shanghai-Gov-Docs-Index, Markdown with YAML front matter)
   -> YAML front matter, the two '>' provenance lines and the '# ' heading dropped (title = line 1); empty lines dropped.
Run from anywhere: python3 src/build_knowledge.py
"""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, 'raw')
OUT = os.path.join(HERE, '..', 'knowledge')

TITLE_A = '平潭综合实验区党工委 平潭综合实验区管委会印发《平潭综合实验区关于促进民营经济发展壮大的若干措施》的通知'
TITLE_B = '国务院办公厅关于印发文化体制改革中经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知'
TITLE_C = '上海市松江区人民政府关于印发《上海市松江区农村集体经营性建设用地入市管理办法》的通知'


def write(title, lines):
    lines = [l.strip() for l in lines]
    lines = [l for l in lines if l]
    assert lines[0] == title, (lines[0], title)
    with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf8') as f:
        f.write('\n'.join(lines) + '\n')
    print(title, len(lines), 'lines', len('\n'.join(lines) + '\n'), 'chars')


def build_a():
    raw = open(os.path.join(RAW, 'A_pingtan_minying_page.txt'), encoding='utf8').read()
    body = raw.split('==================== 正文 ====================\n', 1)[1].strip()
    # cover notice pieces (five <p> in page.html before the measures' preamble)
    cover = [
        '各片区管理局，区直各单位，区法院，区检察院，各人民团体，驻岚各单位，各区属事业单位，各区属国企：',
        '《平潭综合实验区关于促进民营经济发展壮大的若干措施》已经2023年实验区党工委第24次委员会议研究同意，现印发给你们，请认真贯彻落实。',
        '平潭综合实验区党工委 平潭综合实验区管委会',
        '2023年10月24日',
        '平潭综合实验区关于促进民营经济发展壮大的若干措施',
    ]
    rest = body
    for piece in cover:
        rest = rest.lstrip()
        assert rest.startswith(piece), (piece, rest[:80])
        rest = rest[len(piece):]
    rest = rest.strip()
    # drop the trailing link to an H5 explainer (not part of the document)
    rest = re.sub(r'H5解读：\S+$', '', rest).strip()
    # split before: Chinese-numeral headings 一、…五、, numbered measures 1.…28., and 责任单位：
    rest = re.sub(r'\s*(责任单位：)', r'\n\1', rest)
    rest = re.sub(r'(?<=[^\d])(\d{1,2}\.)(?=[\u4e00-\u9fff])', r'\n\1', rest)
    rest = re.sub(r'(?<=[。\n])\s*([一二三四五]、)', r'\n\1', rest)
    rest = re.sub(r'(?<=[^\n])([一二三四五]、(?:促进公平竞争|放宽民企准入|强化要素支持|加强法治保障|营造良好氛围))', r'\n\1', rest)
    lines = [TITLE_A] + cover + rest.split('\n')
    lines = [l.strip() for l in lines if l.strip()]
    nums = [int(m.group(1)) for l in lines for m in [re.match(r'^(\d+)\.', l)] if m]
    assert nums == list(range(1, 29)), nums
    assert sum(1 for l in lines if l.startswith('责任单位：')) == 28
    write(TITLE_A, lines)


def build_b():
    s = open(os.path.join(RAW, 'B_govcn_row18.sql'), encoding='utf8').read()
    start = s.find("null, '<tbody>") + len("null, '")
    end = s.find("', null, '", start)
    c = s[start:end].replace("\\'", "'")
    c = re.sub(r'<br\s*/?>', '\n', c)
    c = re.sub(r'</p>', '\n', c)
    c = re.sub(r'<[^>]+>', '', c)
    c = html.unescape(c)
    lines = [l.replace('\u3000', ' ').strip() for l in c.split('\n')]
    lines = [l for l in lines if l]
    # join the title (3 lines) and the first 规定's name (2 lines)
    assert ''.join(lines[0:3]) == TITLE_B, lines[0:3]
    lines = [TITLE_B] + lines[3:]
    i = lines.index('文化体制改革中经营性文化事业单位')
    assert lines[i + 1] == '转制为企业的规定'
    lines[i:i + 2] = ['文化体制改革中经营性文化事业单位转制为企业的规定']
    write(TITLE_B, lines)


def build_c():
    s = open(os.path.join(RAW, 'C_songjiang_rushi_source.md'), encoding='utf8').read()
    s = re.sub(r'^---\n.*?\n---\n', '', s, flags=re.S)
    lines = []
    for l in s.split('\n'):
        l = l.strip()
        if not l or l.startswith('>'):
            continue
        if l.startswith('# '):
            l = l[2:].strip()
        lines.append(l)
    write(TITLE_C, lines)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    build_a()
    build_b()
    build_c()
