# Rebuilds knowledge/ from local fetch snapshots (see README). Usage: python3 src/build_knowledge.py
import re, html, subprocess, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(HERE, 'knowledge')
WX = '/work/.mirror/Yaemikoreal+WanxiangWork/repo'
HF = '/work/.mirror/HuangFaShengH+ZhengCeWenBenWaJue/repo'
def show(repo, spec):
    return subprocess.run(['git', '-C', repo, 'show', spec], capture_output=True, check=True).stdout.decode('utf-8')
def write(title, body):
    with open(os.path.join(K, title + '.txt'), 'w', encoding='utf-8') as f:
        f.write(title + '\n' + body.rstrip('\n') + '\n')

# A: 安顺 — one-line string in a comment of NewLawsGet/ProcessingMethod/PublicFunction.py (blob 2c34a8be)
t = show(WX, '2c34a8beccec7bcb28b0a62785d875f23a3015a3')
i = t.index("ddd = '''") + len("ddd = '''")
a = t[i:t.index("'''", i)]
write('安顺市人民政府关于印发安顺市市级储备粮管理办法的通知', a)

# B: 重庆 — HTML string dd = '''...''' in query/PublicFunction.py (blob 7a5159b1); <p> -> one line, table cells -> one line each
t = show(WX, '7a5159b17502e6eb1250e7ea9f43d4df9885c022')
i = t.index("dd = '''<p style=\"text-align:center\">\n    重庆市粮食局") + len("dd = '''")
h = t[i:t.index("'''", i)]
lines = []
for m in re.finditer(r'<p[^>]*>(.*?)</p>', h, re.S):
    s = re.sub(r'<[^>]+>', '', m.group(1))
    s = html.unescape(s).replace('\xa0', ' ')
    s = re.sub(r'\s+', ' ', s).strip()
    lines.append(s)
body = '\n'.join(l for l in lines if l)
write('重庆市粮食局重庆市财政局关于印发《重庆市政策性粮食购销违法违规行为举报奖励实施细则（试行）》的通知', body)

# C: 生态环境部 答记者问 — the 503rd non-empty blank-line-separated block of result.txt (blob c6056cf8)
t = show(HF, '2abb77f53a116b8fc0320172b3d5fa293fcb1fc5:result.txt').replace('\r\n', '\n')
blocks = [b for b in t.split('\n\n') if b.strip()]
c = blocks[502].strip()
title = '生态环境部生态环境监测司有关负责人就《“十四五”国家地表水监测及评价方案（试行）》答记者问'
assert c.startswith(title)
write(title, c[len(title):])
