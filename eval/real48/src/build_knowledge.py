#!/usr/bin/env python3
"""Rebuild the three knowledge files of real48 from the raw sources in src/raw/.

Raw sources (copied byte for byte from the public repositories, see README "Sources"):
  raw/hangzhou_ai_opc_action_plan.html  Caro-Li-C/opcstartup-site @ cb8ec1d8bfddffca7bffc793d449f9fb6569fe2f
      policy/original/1-第一篇 长三角地区/1-第一章 浙江省/2026-05-25-第一节 杭州-杭州市打造全国AIOPC创业新高地行动计.html
  raw/lishui_dog_rules.md               LawRefBook/Laws @ 2f4c5c23716267af9dbebbbbd6cbbf732b101981
      DLC/浙江地方法规/地方性法规/浙江/丽水市城市养犬管理规定(2020-08-14).md
  raw/zjk_html_crawling.ipynb           grd666/covid-19-policy-text-mining @ aef933fe6f47e2895cb78c01a0966d256eb8beb7
      html_crawling.ipynb, output of cell 10 (the WeChat article "事关疫情防控！张家口市最新发布")

Only presentation is removed: HTML tags, the site's header/footer navigation, the markdown heading marks
and the repository's "<!-- INFO END -->" marker, the WeChat page chrome before and after the article.
Every line of text kept is copied unchanged.
Run: python3 src/build_knowledge.py   (writes knowledge/*.txt next to src/)
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, 'raw')
OUT = os.path.join(HERE, '..', 'knowledge')


def write(title, lines):
    text = title + '\n' + '\n'.join(lines) + '\n'
    with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'{title}: {len(text)} characters, {len(lines) + 1} lines')


# 1. Hangzhou action plan: the article body between <div class="policy-body"> and the site navigation.
s = open(os.path.join(RAW, 'hangzhou_ai_opc_action_plan.html'), encoding='utf-8').read()
title1 = re.search(r'^title: (.*)$', s, re.M).group(1).strip()
body = s.split('<div class="policy-body">', 1)[1].split('<div class="back-to-list">', 1)[0]
body = re.sub(r'</(p|h1|h2|h3|div)>', '\n', body)
body = html.unescape(re.sub(r'<[^>]+>', '', body))
lines1 = [l.strip() for l in body.splitlines() if l.strip()]
write(title1, lines1)

# 2. Lishui dog rules: markdown from LawRefBook; drop "# " of the title line and the INFO END marker.
md = open(os.path.join(RAW, 'lishui_dog_rules.md'), encoding='utf-8').read().splitlines()
assert md[0].startswith('# ')
title2 = md[0][2:].strip()
lines2 = [l.strip() for l in md[1:] if l.strip() and l.strip() != '<!-- INFO END -->']
write(title2, lines2)

# 3. Zhangjiakou Q&A: WeChat article text printed by the notebook; keep from the heading line
#    "依法防控新冠疫情明白纸" to the signature date, drop the WeChat chrome around it.
nb = json.load(open(os.path.join(RAW, 'zjk_html_crawling.ipynb'), encoding='utf-8'))
out = ''.join(nb['cells'][10]['outputs'][0]['data']['text/plain'])
text = eval(out)  # the cell output is the repr() of a Python str
lines = [l.strip() for l in text.splitlines() if l.strip()]
start = lines.index('依法防控新冠疫情明白纸')
end = lines.index('2022年5月3日')
title3 = lines[start]
write(title3, lines[start + 1:end + 1])
