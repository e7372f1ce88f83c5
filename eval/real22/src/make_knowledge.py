"""Build knowledge/*.txt from the raw sources saved under src/ (see README for provenance)."""
import json, re, pathlib
K = pathlib.Path(__file__).resolve().parent.parent / 'knowledge'
S = pathlib.Path(__file__).resolve().parent
K.mkdir(exist_ok=True)

# (a) gov.cn page stored in ZhouYNF/platform-1 db/ge_policy_raw20190217.sql (row id 5); text extracted by extract_zbq.py
t = (S / '_zbq.txt').read_text(encoding='utf-8').replace('UCAP-CONTENT">', '', 1)
ta = '国务院关于促进综合保税区高水平开放高质量发展的若干意见'
(K / f'{ta}.txt').write_text(ta + '\n' + t + '\n', encoding='utf-8')

# (b) JunFengXiang/electricity-policy-rag 03_处理后文本/...txt : drop the portal chrome before 名 称 and the footer after the .wps link
raw = json.load(open(S / 'tj_raw.json', encoding='utf-8'))
lines = raw.split('\n')
tb = lines[0].replace('_委局文件_政务公开', '')
start = lines.index('名 称 ：')
end = lines.index('| 政策解读')
body = '\n'.join(lines[start:end])
(K / f'{tb}.txt').write_text(tb + '\n' + body + '\n', encoding='utf-8')

# (c) BU-Spark/ds-ciss-policy-docs origin/.../新余市...(FBM-CLI.12.748997).txt : CRLF->LF, drop the two pkulaw citation lines
x = (S / '_xinyu.txt').read_text(encoding='utf-8').replace('\r\n', '\n').replace('\r', '\n')
xl = x.split('\n')
xl = [l for l in xl if not l.strip().startswith('【法宝引证码】') and not l.startswith('原文链接：')]
while xl and not xl[0].strip():
    xl.pop(0)
tc = xl[0].strip()
(K / f'{tc}.txt').write_text('\n'.join(xl).rstrip() + '\n', encoding='utf-8')
for f in sorted(K.iterdir()):
    s = f.read_text(encoding='utf-8')
    print(len(s), f.name, repr(s.split('\n')[0]))
