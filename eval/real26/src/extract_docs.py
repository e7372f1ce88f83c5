# Extracts the three documents into ../knowledge/ (run once; sources described in README.md)
import re, html, subprocess, os
K = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'knowledge')

def git_show(repo, path):
    return subprocess.run(['git', '--git-dir', repo, 'show', 'HEAD:' + path], capture_output=True, check=True).stdout.decode('utf-8')

def pdf_block(text, first, last):
    lines = text.split('\n')[first - 1:last]
    out = []
    for l in lines:
        if re.match(r'^# Page \d+:$', l):   # page marker inserted by the PDF extraction
            if out and out[-1] == '':
                out.pop()
            continue
        out.append(l)
    while out and out[-1] == '':
        out.pop()
    return out

BP = '/work/.mirror/RhineAI-Lab+BusinessPolicyRAG/repo'
fj = git_show(BP, 'data/split/city/福建.txt')
a = pdf_block(fj, 1524, 1948)
ta = '漳州市人民政府办公室关于印发进一步优化营商环境降低市场主体制度性交易成本实施方案的通知'
assert a[0].startswith('8. 漳州市') and a[1].startswith('场主体制度性交易成本实施方案的通知（2023 年3 月17 日）')
a = [ta, '（2023 年3 月17 日）'] + a[2:]
open(os.path.join(K, ta + '.txt'), 'w').write('\n'.join(a) + '\n')

hb = git_show(BP, 'data/split/city/湖北.txt')
b = pdf_block(hb, 1737, 1975)
tb = '荆门市人民政府办公室印发关于更好服务市场主体推动经济稳健发展的若干政策措施的通知'
assert b[0].startswith('8. 荆门市') and b[1].startswith('稳健发展的若干政策措施的通知（2023 年3 月25 日）')
b = [tb, '（2023 年3 月25 日）'] + b[2:]
open(os.path.join(K, tb + '.txt'), 'w').write('\n'.join(b) + '\n')

ZT = '/work/.mirror/shizelengleng+ai-zhengce-tong/repo'
h = git_show(ZT, 'docs/policy_sources/27b_残疾人辅助器具适配补贴办法_穗残联.html')
s = re.sub(r'<script.*?</script>|<style.*?</style>', '', h, flags=re.S)
s = re.sub(r'<br\s*/?>|</p>|</div>|</h\d>|</tr>|</li>', '\n', s)
s = html.unescape(re.sub(r'<[^>]+>', '', s))
s = re.sub(r'[ \t\u3000\xa0]*\n\s*', '\n', s)
tc = '广州市残疾人联合会关于印发广州市残疾人辅助器具适配工作管理办法的通知'
i = s.index('穗残联规字〔2019〕2号\n' + tc)
j = s.index('公开方式：主动公开', i)
body = s[i:j].strip()
open(os.path.join(K, tc + '.txt'), 'w').write(tc + '\n' + body + '\n')
