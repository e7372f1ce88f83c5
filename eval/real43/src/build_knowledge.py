#!/usr/bin/env python3
"""Build knowledge/<title>.txt from the raw source copies in src/raw/.

Raw copies are the exact text returned by the public-repository file index
(see README.md, Provenance). Transformations, all checked below:
  * a title line is added on top;
  * whole parts are cut at the ends (page navigation / metadata header, "附件下载",
    share widgets) -- the raw copies already start/end at the kept part, except
    the Pingtan trailer "附件下载" which is cut here;
  * white space only: single spaces that separate paragraphs in the flattened
    Pingtan page are turned into line breaks; blank lines in the Markdown copies
    are collapsed;
  * Markdown emphasis markers "**" added by the web clipper (not document text)
    are removed from the MIIT copy.
"""
import re, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'knowledge')
os.makedirs(OUT, exist_ok=True)

def nows(s):
    return re.sub(r'\s+', '', s)

def write(title, body, raw_nonws):
    text = title + '\n' + body.strip('\n') + '\n'
    assert nows(body) == raw_nonws, title + ': non-whitespace text changed'
    with open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    print(title, len(text), 'chars,', len([l for l in text.split('\n') if l.strip()]), 'lines')

# 1. Pingtan: one flattened line -> paragraphs
raw = open(os.path.join(HERE, 'raw', 'pingtan_jycy_body.txt'), encoding='utf-8').read().strip()
assert raw.endswith(' 附件下载')
raw = raw[:-len(' 附件下载')]          # cut trailing page widget text (whole part at the end)
CN = '一二三四五六七八九十'
splits = [
    r' (?=平潭综合实验区管委会关于做好新形势下 )',
    r' (?=区直各有关单位、)',
    r' (?=为贯彻落实《国务院)',
    r' (?=[一二三四五]、)',
    r' (?=（[' + CN + r']+）[^）]{2,20}。)',   # item headings such as （十二）营造大众创业良好氛围。
    r' (?=责任单位：)',
    # paragraph breaks inside items (the page rendered them as separate paragraphs)
    r' (?=大中专院校（含技工院校）在校生及毕业5年内)',
    r' (?=鼓 励金融机构参照贷款基础利率)',
    r' (?=台胞来岚参加职业技能培训)',
    r' (?=针 对不同群体实施创业扶持项目)',
    r' (?=培 育创业文化)',
    r' (?=扶持自主择业军转干部)',
    r' (?=建 立健全城乡劳动者平等就业制度)',
    r' (?=平潭综合实验区管委会 2015年12月2日$)',
    r' (?=2015年12月2日$)',
]
body = raw
for p in splits:
    body, n = re.subn(p, '\n', body)
    assert n >= 1, p
write('平潭综合实验区管委会关于做好新形势下就业创业工作的实施意见', body, nows(raw))

# 2. CAAC: Markdown paragraphs separated by blank lines
raw = open(os.path.join(HERE, 'raw', 'caac_peixun_md_body.txt'), encoding='utf-8').read()
body = '\n'.join(l for l in raw.split('\n') if l.strip())
write('民用航空低空飞行服务专业人员基础培训机构管理办法', body, nows(raw))

# 3. MIIT: Markdown paragraphs; drop "**" emphasis markers
raw = open(os.path.join(HERE, 'raw', 'miit_dikong_md_body.txt'), encoding='utf-8').read()
raw_text = raw.replace('**', '')
body = '\n'.join(l for l in raw_text.split('\n') if l.strip())
write('工业和信息化部等五部门办公厅（秘书局、综合局、综合司）关于加强信息通信业能力建设 支撑低空基础设施发展的实施意见', body, nows(raw_text))
