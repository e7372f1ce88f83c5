#!/usr/bin/env python3
"""Builds knowledge/*.txt from the raw copies in src/raw/ (see README, "Cleaning"). Line 1 of every file = title.

A (src/raw/A_guangan_infant_care.json, one record of Guanze-Chen/Policy_RAG web_scrapy_data/preprocess/
work_policy_data.json): the crawl stored the page body as ONE line without breaks. Cleaning only inserts line
breaks (no character is added, dropped or changed inside the body): after the salutation '…市级相关部门：', after
each of the five part headings 一、总体要求 … 五、组织实施, before every part heading 'N、', section '（N）' and task
'N.' that follows '。' or '）', and before the signature '广安市人民政府办公室2020年9月10日' (split into two lines).
The page footer '相关附件：二维码开始扫一扫在手机打开当前页用来校验该浏览器是否支持HTML5' is dropped.

B, C (Markdown from zgch1238/Huace_policy-document-analyzer): same rule as real56: drop the crawler's header (up to
the '---'/'--' separator) and footer lines ('## 政策全文', '**更新时间**…', '【原文下载】', '- [' link lines),
strip white space at both ends of every line, drop empty lines, unwrap a line wholly wrapped in '**…**'."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'knowledge')
A = '广安市人民政府办公室关于促进3岁以下婴幼儿照护服务发展的实施意见'
B = '关于印发《上海市技术交易场所管理细则》的通知'
C = '问答实录：《新时代新征程促进民营经济高质量发展的若干措施》相关情况'
FOOTER_A = '相关附件：二维码开始扫一扫在手机打开当前页用来校验该浏览器是否支持HTML5'
HEADINGS_A = ['一、总体要求', '二、发展目标', '三、主要任务', '四、保障措施', '五、组织实施']


def clean_a(rec):
    assert rec['metadata']['title'] == A
    body = rec['content']
    assert body.endswith(FOOTER_A) and '\n' not in body
    body = body[:-len(FOOTER_A)]
    body = body.replace('市级相关部门：', '市级相关部门：\n', 1)
    for h in HEADINGS_A:
        assert body.count(h) == 1, h
        body = body.replace(h, '\n' + h + '\n')
    body = re.sub(r'(?<=[。）])(?=（[一二三四五六七八九十]+）)', '\n', body)
    body = re.sub(r'(?<=[。）])(?=\d+\.)', '\n', body)
    body = body.replace('广安市人民政府办公室2020年9月10日', '\n广安市人民政府办公室\n2020年9月10日')
    lines = [l for l in body.split('\n') if l]
    assert ''.join(lines) == rec['content'][:-len(FOOTER_A)]  # only line breaks were inserted
    return lines


def clean_md(raw):
    lines = raw.split('\n')
    sep = next(i for i, l in enumerate(lines) if l.strip() in ('---', '--'))
    out = []
    for l in lines[sep + 1:]:
        s = l.strip()
        if not s or s == '## 政策全文' or s.startswith('**更新时间**') or s == '【原文下载】' or s.startswith('- ['):
            continue
        out.append(re.sub(r'^\*\*(.+)\*\*$', r'\1', s))
    return out


if __name__ == '__main__':
    rec = json.load(open(os.path.join(HERE, 'raw', 'A_guangan_infant_care.json'), encoding='utf-8'))
    docs = [(A, clean_a(rec))]
    for src, title in [('B_shanghai_tech_exchange_rules.md', B), ('C_private_economy_qa.md', C)]:
        docs.append((title, clean_md(open(os.path.join(HERE, 'raw', src), encoding='utf-8').read())))
    for title, body in docs:
        text = '\n'.join([title] + body) + '\n'
        with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        print(title, len(body) + 1, 'lines', len(text), 'chars')
