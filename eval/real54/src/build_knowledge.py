#!/usr/bin/env python3
"""Builds knowledge/*.txt for real54 from the raw copies in src/raw/.

A  广安市 促进返乡下乡创业实施方案 — src/raw/A_guangan_work_policy_data_56.json (record 56 of
   Guanze-Chen/Policy_RAG web_scrapy_data/preprocess/work_policy_data.json). The crawler stored the page body as one
   run of text without line breaks; it is re-split into lines at the document's own structure (cover-notice parts,
   the 一、二、三、 headings and every （N） item). No character is changed, added or removed inside the body, except:
   the page chrome from "相关附件：" on is dropped, and the flattened cells of the attached target table (its cells
   run together without separators, e.g. "3200360036002800") are dropped after the 附件 title.
B  生态环境部 答记者问 — src/raw/B_hfs_result_line1557.txt (line 1557 of HuangFaShengH/ZhengCeWenBenWaJue result.txt):
   one line, kept as is (shape: no line breaks). The title line (absent from the line) is the page title of the
   official mee.gov.cn page.
C  上海市科技专家库管理办法 — src/raw/C_stcsm_zhuanjiaku.md (zgch1238/Huace_policy-document-analyzer): the crawler's
   metadata header (up to "---"), the "**" bold markers, leading indentation, empty lines and the trailing
   "【原文下载】" link are dropped; every other line is kept verbatim.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, 'raw')
OUT = os.path.join(HERE, '..', 'knowledge')

TITLE_A = '广安市人民政府办公室关于印发《广安市促进返乡下乡创业实施方案》的通知'
TITLE_B = '生态环境部有关负责人就《自然保护地生态环境监管工作暂行办法》答记者问'
TITLE_C = '关于印发《上海市科技专家库管理办法》的通知'


def once(text, s):
    n = text.count(s)
    assert n == 1, (s, n)


def build_a():
    rec = json.load(open(os.path.join(RAW, 'A_guangan_work_policy_data_56.json'), encoding='utf8'))
    assert rec['metadata']['title'] == TITLE_A
    body = rec['content']
    body = body[:body.index('相关附件：')]
    annex = '附件：广安市促进返乡下乡创业工作2019年—2022年期间年度新增目标任务表'
    once(body, annex)
    i = body.index(annex)
    table = body[i + len(annex):]
    assert table.startswith('广安市促进返乡下乡创业工作2019年—2022年期间年度新增目标任务表年度目标项目2019年'), table[:60]
    body = body[:i + len(annex)]
    # split points: fixed anchors of the cover notice and headings
    anchors = [
        '《广安市促进返乡下乡创业实施方案》已经五届市政府',
        '广安市人民政府办公室2019年2月19日',
        '2019年2月19日',
        '广安市促进返乡下乡创业实施方案为全面落实',
        '为全面落实《四川省人民政府办公厅',
        '一、目标任务',
        '紧扣推动高质量发展',
        '二、工作举措',
        '三、工作保障',
        annex,
    ]
    for a in anchors:
        once(body, a)
    cuts = {body.index(a) for a in anchors}
    # every （N） item: preceded by "）" (end of the previous item's annotation) or by a heading
    for m in re.finditer(r'（[一二三四五六七八九十]{1,3}）', body):
        prev = body[max(0, m.start() - 6):m.start()]
        if prev.endswith('）') or prev.endswith('工作举措') or prev.endswith('工作保障'):
            cuts.add(m.start())
    lines, last = [], 0
    for c in sorted(cuts):
        if c > last:
            lines.append(body[last:c])
        last = c
    lines.append(body[last:])
    assert ''.join(lines) == body
    return [TITLE_A] + lines


def build_b():
    line = open(os.path.join(RAW, 'B_hfs_result_line1557.txt'), encoding='utf8').read().rstrip('\n')
    assert '\n' not in line and line.startswith('近日，生态环境部印发行政规范性文件《自然保护地生态环境监管工作暂行办法》')
    return [TITLE_B, line]


def build_c():
    md = open(os.path.join(RAW, 'C_stcsm_zhuanjiaku.md'), encoding='utf8').read()
    head, body = md.split('\n---\n', 1)
    assert head.startswith('# ' + TITLE_C)
    body = body[:body.index('【原文下载】')]
    out = []
    for l in body.split('\n'):
        l = l.replace('**', '').strip().lstrip('\u3000').rstrip()
        if l:
            out.append(l)
    return [TITLE_C] + out


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.txt'):
            os.remove(os.path.join(OUT, f))
    for title, lines in ((TITLE_A, build_a()), (TITLE_B, build_b()), (TITLE_C, build_c())):
        text = '\n'.join(lines) + '\n'
        open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf8').write(text)
        print(f'{len(text):6d} chars  {len(lines):3d} lines  {title}')


if __name__ == '__main__':
    main()
