"""Rebuild knowledge/*.txt from the public sources (see README.md for provenance).
Reads the files straight out of local git snapshots of the two repositories (paths below; override with
ZHOU_GIT / ZHENGCE_GIT): A = record 37 of ZhouYNF/platform-1 db/ge_policy_raw20190217.sql,
B and C = shizelengleng/ai-zhengce-tong docs/policy_sources/30_... and 15_... .
"""
import re, html, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
ZHOU = os.environ.get('ZHOU_GIT', '/work/.mirror/ZhouYNF+platform-1/repo')
ZHENGCE = os.environ.get('ZHENGCE_GIT', '/work/.mirror/shizelengleng+ai-zhengce-tong/repo')

def git_show(gitdir, commit, path):
    return subprocess.run(['git', '--git-dir', gitdir if gitdir.endswith('.git') or os.path.isfile(os.path.join(gitdir, 'HEAD')) else os.path.join(gitdir, '.git'),
                           'show', f'{commit}:{path}'], capture_output=True, check=True).stdout.decode('utf-8')

def record37():
    sql = git_show(ZHOU, '2197df553eee3b0bc9989d91addadf2f4227fddc', 'db/ge_policy_raw20190217.sql')
    recs = re.split(r'(?i)insert into ge_policy_raw', sql)
    return next(r for r in recs if re.search(r"\(37, 'http", r))
OUT = os.path.join(HERE, '..', 'knowledge')
os.makedirs(OUT, exist_ok=True)
WS = ' \t\u3000\xa0'

def para_lines(fragment):
    c = re.sub(r'(?i)<br\s*/?>', '\n', fragment)
    c = re.sub(r'(?i)</p>|</div>|</h\d>|</tr>|</li>', '\n', c)
    c = re.sub(r'<[^>]+>', '', c)
    c = html.unescape(c)
    out = []
    for l in c.split('\n'):
        l = l.strip(WS)
        if l:
            out.append(l)
    return out

def write(title, lines):
    p = os.path.join(OUT, title + '.txt')
    open(p, 'w', encoding='utf-8').write('\n'.join([title] + lines) + '\n')
    print(p, sum(len(x) for x in lines))

# ---- A: 国办发〔2018〕117号 -------------------------------------------------
r = record37()
i = r.find('<td class="b12c" id="UCAP-CONTENT">')
j = r.find("', null, '未处理'", i)
lines = para_lines(r[i:j].replace("''", "'"))
assert lines[0] == '国务院办公厅关于对真抓实干成效明显地方' and lines[1] == '进一步加大激励支持力度的通知'
titleA = lines[0] + lines[1]
write(titleA, lines[2:])   # the two-line heading is replaced by the joined title line

# ---- B: 穗民规字〔2024〕3号 -------------------------------------------------
h = git_show(ZHENGCE, '4caa8bb7ac4e2159a23a808b551a8d59431e9f8f', 'docs/policy_sources/30_老年人助餐配餐服务管理办法_穗民规字2024-3号.html')
h = re.sub(r'(?is)<script.*?</script>|<style.*?</style>', '', h)
allB = para_lines(h)
s = allB.index('穗民规字〔2024〕3号')
e = next(k for k, l in enumerate(allB) if l.startswith('第三十八条'))
titleB = '广州市民政局广州市财政局广州市市场监督管理局关于印发广州市老年人助餐配餐服务管理办法的通知'
write(titleB, allB[s:e + 1])

# ---- C: 创业担保贷款常见问题 ------------------------------------------------
h = git_show(ZHENGCE, '4caa8bb7ac4e2159a23a808b551a8d59431e9f8f', 'docs/policy_sources/15_创业担保贷款常见问题_2025.html')
t = re.search(r'wzades="发表时间：([^"]*)"', h).group(1)
src = re.search(r'wzades="信息来源：([^"]*)"', h).group(1)
body = h[h.find('id="zoomcon"'):]
body = body[body.find('>') + 1: body.find('<span class="llcs"')]
bodyC = para_lines(body)
bodyC = [l for l in bodyC if l != '浏览次数：']
write('创业担保贷款常见问题', ['发表时间：' + t, '信息来源：' + src] + bodyC)
