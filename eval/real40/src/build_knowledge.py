#!/usr/bin/env python3
"""Builds knowledge/<title>.txt for the real40 suite from public snapshots.

Sources (fetched with the `fetch` tool into /work/.mirror/…):
  A  HuangFaShengH/ZhengCeWenBenWaJue @ c1a1533635d1f766dcdbd88a11fb270723ccb3c6, result.txt
     (crawled gov.cn texts, paragraphs separated by blank lines; this document's paragraphs were
     run together by the crawler) -> 国办发〔2020〕24号
  B  shizelengleng/ai-zhengce-tong @ 4caa8bb7ac4e2159a23a808b551a8d59431e9f8f,
     docs/policy_sources/10b_广州门特费用范围标准_穗医保规字2019-4号.html (saved gz.gov.cn page)
     -> 穗医保规字〔2019〕4号, body + 附件1 (附件2 cut at the end)
  C  same as A -> 生态环境部核电安全监管司有关负责人…答记者问

Only whitespace is ever added (line breaks at the official paragraph boundaries, spaces between
table cells); every file is checked: its text with all white space removed must equal the
corresponding source span with all white space removed.
"""
import re, subprocess, html, sys
from html.parser import HTMLParser

OUT = sys.argv[1] if len(sys.argv) > 1 else 'knowledge'
ws = lambda s: re.sub(r'\s+', '', s)

def git_show(repo, commit, path):
    return subprocess.run(['git', '-C', f'/work/.mirror/{repo}/repo', 'show', f'{commit}:{path}'],
                          capture_output=True, check=True).stdout.decode('utf-8').replace('\r\n', '\n')

def write(title, text, source_ws):
    body = text.strip() + '\n'
    assert body.split('\n')[0] == title
    assert ws(body) == source_ws, f'{title}: whitespace-free text differs from source'
    n = len(body)
    open(f'{OUT}/{title}.txt', 'w', encoding='utf-8').write(body)
    print(f'{title}: {n} chars, {body.count(chr(10))} lines')

# ---------- A and C: result.txt ----------
hfs = git_show('HuangFaShengH+ZhengCeWenBenWaJue', 'c1a1533635d1f766dcdbd88a11fb270723ccb3c6', 'result.txt')
paras = [p for p in hfs.split('\n\n') if p.strip()]

# A
ia = next(i for i, p in enumerate(paras) if p.strip().startswith('国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见'))
head, body = paras[ia].strip(), paras[ia + 1].strip()
titleA = '国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见'
assert head == titleA + '国办发〔2020〕24号'
t = body
t = t.replace('各直属机构：', '各直属机构：\n', 1)
t = t.replace('现提出以下意见。', '现提出以下意见。\n', 1)
# section headings 一、…六、 (they follow the closing bracket of the previous item's annotation)
t = re.sub(r'(?<=[）\n])([一二三四五六]、)', r'\n\1', t)
# items （一）…（二十）
t = re.sub(r'(（[一二三四五六七八九十]+）)(?=[^（）]{2,40}。)', r'\n\1', t)
t = t.replace('负责）各地区、各部门要认真贯彻落实', '负责）\n各地区、各部门要认真贯彻落实', 1)
t = t.replace('确保改革措施落地见效。国务院办公厅2020年7月15日（此件公开发布）',
              '确保改革措施落地见效。\n国务院办公厅\n2020年7月15日\n（此件公开发布）', 1)
t = re.sub(r'\n+', '\n', t)
write(titleA, titleA + '\n国办发〔2020〕24号\n' + t, ws(head + body))

# C
ic = next(i for i, p in enumerate(paras) if p.strip().startswith('生态环境部核电安全监管司有关负责人就《核动力厂营运单位核安全报告规定》'))
titleC = paras[ic].strip()
bodyC = paras[ic + 1].strip()
c = re.sub(r'(问：|答：)', r'\n\1', bodyC)
write(titleC, titleC + '\n' + c, ws(titleC + bodyC))

# ---------- B: saved gz.gov.cn page ----------
raw = git_show('shizelengleng+ai-zhengce-tong', '4caa8bb7ac4e2159a23a808b551a8d59431e9f8f',
               'docs/policy_sources/10b_广州门特费用范围标准_穗医保规字2019-4号.html')

class P(HTMLParser):
    """Paragraph text; table rows as cells joined by one space."""
    def __init__(s):
        super().__init__(); s.out = []; s.skip = 0; s.row = None; s.cell = None
    def handle_starttag(s, tag, a):
        if tag in ('script', 'style'): s.skip += 1
        elif tag == 'tr': s.row = []
        elif tag in ('td', 'th') and s.row is not None: s.cell = []
        elif tag in ('p', 'br', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'table') and s.row is None: s.out.append('\n')
    def handle_endtag(s, tag):
        if tag in ('script', 'style'): s.skip -= 1
        elif tag in ('td', 'th') and s.cell is not None:
            s.row.append(re.sub(r'\s+', '', ''.join(s.cell))); s.cell = None
        elif tag == 'tr' and s.row is not None:
            s.out.append('\n' + ' '.join(c for c in s.row if c) + '\n'); s.row = None
        elif tag in ('p', 'div', 'li', 'h1', 'h2', 'h3', 'h4') and s.row is None: s.out.append('\n')
    def handle_data(s, d):
        if s.skip: return
        if s.cell is not None: s.cell.append(d)
        elif s.row is None: s.out.append(d)
p = P(); p.feed(raw)
lines = [re.sub(r'[ \t\u3000\xa0]+', ' ', l).strip() for l in ''.join(p.out).split('\n')]
lines = [l for l in lines if l]
titleB = '广州市医疗保障局 广州市财政局 广州市卫生健康委员会关于印发广州市社会医疗保险统筹基金支付门诊特定病种费用范围及标准的通知'
# the document proper starts at the second occurrence of the 文号 line (the first is the metadata box)
starts = [i for i, l in enumerate(lines) if l == '穗医保规字〔2019〕4号']
s0 = starts[-1]
assert lines[s0 + 1] == titleB, lines[s0 + 1]
e0 = lines.index('附件2', s0)          # cut 附件2 (准入标准) and everything after it
# first line must be the title: the page's own print copy reads 标题 / 文号 / 标题 / 正文, and so do we
doc = [titleB, '穗医保规字〔2019〕4号'] + lines[s0 + 1:e0]   # then body, 落款, 附件1 table
textB = '\n'.join(doc)
# the page also carries a print copy of the whole document in one line; use it as the reference
ref = next(l for l in lines if l.startswith(titleB + '穗医保规字〔2019〕4号'))
refw = ws(ref)
a = refw.index(ws(titleB + '穗医保规字〔2019〕4号'))
b = refw.index('附件2广州市社会医疗保险门诊特定病种准入标准第一部分')
src = refw[a:b]
write(titleB, textB, src)
