#!/usr/bin/env python3
"""Rebuild knowledge/*.txt for the real47 suite from the raw sources in src/raw/.

Run from the suite folder:  python3 src/build_knowledge.py

Sources (see README, "Sources"):
  raw/guanze-chen_Policy_RAG_3To6.json    Guanze-Chen/Policy_RAG @ b9ae0c30 web_scrapy_data/preprocess/data/3To6.json
  raw/guanze-chen_Policy_RAG_21To24.json  Guanze-Chen/Policy_RAG @ b9ae0c30 web_scrapy_data/preprocess/data/21To24.json
  raw/ai-zhengce-tong_36b.html            shizelengleng/ai-zhengce-tong @ 4caa8bb7 (blob be2557c6)
                                          docs/policy_sources/36b_积分制入户管理办法_穗府办规2025-8号.html

No character of a document is changed. The Guang'an records were stored by their crawler as ONE line
(paragraph breaks lost); this script only inserts line breaks before the markers listed below (each
marker must be found, in order) and cuts the page tail that starts at "相关附件：" (attachment link,
QR-code text). The Guangzhou page is turned into text line by line (one line per HTML block); the
site navigation before the document number and after the 印发 line is cut.
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SUITE = os.path.dirname(HERE)
RAW = os.path.join(HERE, 'raw')
OUT = os.path.join(SUITE, 'knowledge')


def record(fname, title_part):
    docs = json.load(open(os.path.join(RAW, fname), encoding='utf-8'))['Documents']
    hits = [d for d in docs if title_part in d['metadata']['title']]
    assert len(hits) == 1, (fname, title_part, len(hits))
    return hits[0]


def split_lines(content, markers, cut_at):
    end = content.index(cut_at)
    body = content[:end]
    pos, cuts = 0, []
    for m in markers:
        i = body.find(m, pos)
        if i < 0:
            sys.exit(f'marker not found after {pos}: {m}')
        cuts.append(i)
        pos = i + 1
    lines, prev = [], 0
    for c in cuts:
        lines.append(body[prev:c])
        prev = c
    lines.append(body[prev:])
    assert ''.join(lines) == body
    return [l for l in lines if l], content[end:]


def write(title, lines):
    path = os.path.join(OUT, title + '.txt')
    text = title + '\n' + '\n'.join(lines) + '\n'
    open(path, 'w', encoding='utf-8').write(text)
    print(f'{len(text):6d} chars  {title}')


# ---- 1. Guang'an measures with lead units (广安府办规〔2023〕5号) ----
r = record('guanze-chen_Policy_RAG_3To6.json', '激发市场活力')
m1 = ['为全面落实党中央', '一、加大政策宣传', '二、强化政策落实', '三、及时兑付资金',
      '广安市人民政府办公室2023年', '2023年11月13日（本文有删减）', '（本文有删减）',
      '广安市激发市场活力推动经济持续回升和提质增效的若干政策措施为落实', '为落实市委经济工作部署']
items1 = ['一、足额落实市县投入', '二、落实税收优惠政策', '三、实施高质量发展整体激励', '四、实施固定资产投资激励',
          '五、实施民间投资引导激励', '六、支持开展促消费活动', '七、实施二手车销售奖补', '八、鼓励企业开拓市场',
          '九、支持稳定外贸', '十、支持扩大进口', '十一、支持降低企业招工成本', '十二、支持企业稳生产',
          '十三、支持工业企业扩大生产', '十四、支持工业项目落地建设', '十五、支持企业科技创新',
          '十六、实施旅行社引客入广奖补', '十七、推进文化和旅游深度融合发展', '十八、拓展演艺新空间',
          '十九、支持开展文旅宣传推广活动', '本文件自2023年11月13日起施行']
lines, tail = split_lines(r['content'], m1 + items1, '相关附件：')
write(r['metadata']['title'], lines)

# ---- 2. Guang'an investment-attraction policy (招商引资政策二十条) ----
r = record('guanze-chen_Policy_RAG_21To24.json', '招商引资政策二十条')
m2 = ['《广安市招商引资政策二十条（试行）》已经', '广安市人民政府2022年', '2022年4月29日广安市',
      '广安市招商引资政策二十条（试行）为坚定', '为坚定落实', '一、适用范围', '新引进外来广安投资',
      '二、支持政策', '（一）财政金融支持政策。', '1.项目投资补贴。', '2.转型升级补贴。', '3.科技创新支持。',
      '4.贴息补助。', '5.物流补贴。', '6.外商投资奖励。', '7.社会引资人奖励。', '8.落地奖补。', '9.金融扶持。',
      '（二）土地支持政策。', '10.用地指标支持。', '11.土地出让支持。', '12.供地方式支持。',
      '13.存量工业土地及房产支持。', '14.标准厂房支持。', '（三）税费支持政策。', '15.税费扣除。', '16.规费支持。',
      '（四）保障支持政策。', '17.要素保障。', '18.节能能耗、环境容量指标保障。', '19.人才保障。',
      '20.政务服务保障。', '三、政策执行', '（一）对新引进', '（二）符合本政策', '（三）本政策奖补资金',
      '（四）本政策自2022年6月1日施行']
lines, tail = split_lines(r['content'], m2, '相关附件：')
write(r['metadata']['title'], lines)


# ---- 3. Guangzhou points-based household registration (穗府办规〔2025〕8号) ----
class P(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article',
             'ul', 'ol', 'td', 'th'}

    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, t, a):
        if t in ('script', 'style'):
            self.skip += 1
        if t in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, t):
        if t in ('script', 'style'):
            self.skip -= 1
        if t in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


p = P()
p.feed(open(os.path.join(RAW, 'ai-zhengce-tong_36b.html'), encoding='utf-8').read())
raw_lines = [re.sub(r'^[ \t\u3000\xa0]+|[ \t\u3000\xa0]+$', '', l) for l in ''.join(p.out).split('\n')]
raw_lines = [l for l in raw_lines if l.strip()]
start = raw_lines.index('穗府办规〔2025〕8号')
end = next(i for i, l in enumerate(raw_lines) if l.startswith('广州市人民政府办公厅秘书处') and l.endswith('印发'))
write('广州市人民政府办公厅关于重新发布广州市积分制入户管理办法的通知', raw_lines[start:end + 1])
