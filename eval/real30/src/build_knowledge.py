# Builds knowledge/*.txt for the real30 suite.
# Sources (fetched with the `fetch` tool into /work/.mirror/…):
#   ZhouYNF/platform-1 @ 2197df5  db/ge_policy_raw20190217.sql  (gov.cn crawl; rows 57 and 7, column `content`)
#   shizelengleng/ai-zhengce-tong @ f9a2097  docs/policy_sources/35c_引进人才入户管理办法实施细则_穗人社规字2022-2号.html
#     (despite its file name this page holds 穗府办规〔2020〕10号, the 办法 itself)
import os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'knowledge')
sys.path.insert(0, HERE)
RAW = '/tmp/r30/raw.sql'
if not os.path.exists(RAW):
    subprocess.run(['git', '-C', '/work/.mirror/ZhouYNF+platform-1/repo', 'show', 'HEAD:db/ge_policy_raw20190217.sql'],
                   stdout=open(RAW, 'wb'), check=True)
import extract_govcn, html2text

def write(title, lines):
    text = title + '\n' + '\n'.join(lines) + '\n'
    open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf8').write(text)
    print(title, len(text))

# gov.cn documents: the page title is split over two lines; replace those two lines with the one-line title.
for row in (57, 7):
    meta, t = extract_govcn.get(row)
    title = meta[3]
    lines = t.split('\n')
    assert lines[0] + lines[1] == title, (lines[0], lines[1])
    write(title, lines[2:])

# Guangzhou page: keep the basic-information block (label and value joined on one line) and the document body.
src = '/tmp/r30/gz35c.html'
if not os.path.exists(src):
    subprocess.run(['git', '-C', '/work/.mirror/shizelengleng+ai-zhengce-tong/repo', 'show',
                    'HEAD:docs/policy_sources/35c_引进人才入户管理办法实施细则_穗人社规字2022-2号.html'],
                   stdout=open(src, 'wb'), check=True)
L = html2text.convert(open(src, encoding='utf8').read())
i = L.index('基本信息')
info = []
j = i + 1
while L[j] != '文件状态：':
    info.append((L[j].rstrip('：') + '：' + L[j + 1]).replace('文 号', '文号'))
    j += 2
start = L.index('各区人民政府，市政府各部门、各直属机构：') - 2   # 文号 line, title line
end = L.index('公开方式：主动公开')
body = L[start:end]
title = body[1]
assert title == '广州市人民政府办公厅关于印发广州市引进人才入户管理办法的通知', title
write(title, info + [body[0]] + body[2:])
