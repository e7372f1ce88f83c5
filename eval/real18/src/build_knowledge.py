#!/usr/bin/env python3
"""Build knowledge/*.txt for the real18 suite from saved government web pages.

Source: GitHub ljz060707-lang/China-Real-Estate-Policy-Database, commit
7d666c5e46bd61945490f33447e1344047ed5554, files data/raw/webpages/2026/07/<sha256>.html
(each with a .html.metadata.json giving the page URL). Read from the bare mirror with `git show`.

Cleaning: drop <script>/<style>, turn block ends (p, div, br, h1-6, tr, li) into line breaks, strip tags,
decode entities, drop empty lines and the leading/trailing ASCII white space of each line (full-width
spaces U+3000 inside the text are kept). Then keep the lines from a start marker to an end marker (the
document body: menus, share buttons, related links and footers fall outside). Line 1 = title = file name.
"""
import html, json, os, re, subprocess, sys

REPO = os.environ.get('R18_MIRROR', '/work/.mirror/ljz060707-lang+China-Real-Estate-Policy-Database/repo')
COMMIT = '7d666c5e46bd61945490f33447e1344047ed5554'
DIR = 'data/raw/webpages/2026/07/'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'knowledge')

DOCS = [
    dict(id='r18a', sha='89a792a9873b86d99242d92e008ba2752d7e2dbebf5bfd09812e487f862a2b31',
         title='重庆市人民政府办公厅关于印发《重庆市提振消费若干措施》的通知',
         start='重庆市人民政府办公厅关于', exact=True, start_nth=0, end='（二十六）完善配套支持政策', meta=None),
    dict(id='r18b', sha='215c41a7559ce16e2963266cdf91836ea9885c288a14ad9953736a6dde4a9e65',
         title='关于贯彻执行《关于促进房地产市场平稳健康发展的若干措施》的实施细则',
         start='为深入贯彻', start_nth=0, end='以国家法律、法规、政策为准。',
         meta=r'<div class="wzbjxx">(.*?)</div>'),
    dict(id='r18c', sha='648ad12c74f937286b680c6e3c70f83c3e9311ccc4d4588b25bb571b4460e46b',
         title='北京市住房和城乡建设委员会 北京市发展和改革委员会 北京市财政局 北京市规划和国土资源管理委员会关于印发《北京市共有产权住房管理暂行办法》的通知',
         start='京建法〔2017〕16号', start_nth=0, end='第三十八条', meta=None),
]

def git_show(path):
    return subprocess.run(['git', '--git-dir', REPO if REPO.endswith('.git') or os.path.isdir(os.path.join(REPO, 'objects')) else os.path.join(REPO, '.git'),
                           'show', f'{COMMIT}:{path}'], check=True, capture_output=True).stdout

def to_lines(h):
    h = re.sub(r'<!--.*?-->', '', h, flags=re.S)
    h = re.sub(r'<(script|style)\b.*?</\1>', '', h, flags=re.S | re.I)
    h = re.sub(r'<br\s*/?>|</(p|div|h[1-6]|tr|li|dd|dt)>', '\n', h, flags=re.I)
    h = re.sub(r'<[^>]+>', '', h)
    h = html.unescape(h).replace('\xa0', ' ')
    return [l.strip(' \t\r') for l in h.split('\n') if l.strip(' \t\r\u3000')]

def build(d):
    raw = git_show(DIR + d['sha'] + '.html').decode('utf-8')
    meta = json.loads(git_show(DIR + d['sha'] + '.html.metadata.json'))
    lines = to_lines(raw)
    starts = [i for i, l in enumerate(lines) if (l == d['start'] if d.get('exact') else l.startswith(d['start']))]
    # Chongqing: the body heading is the line that is exactly '重庆市人民政府办公厅关于' (the <title> also starts so)
    s = starts[d['start_nth']]
    e = next(i for i in range(s, len(lines)) if d['end'] in lines[i])
    body = lines[s:e + 1]
    out = [d['title']]
    if d['meta']:
        m = re.search(d['meta'], raw, re.S)
        spans = [x.strip() for x in re.sub(r'<[^>]+>', '\n', m.group(1)).split('\n') if x.strip()]
        spans = [x for x in spans if '：' in x and not x.startswith('阅读') and not x.startswith('字号')]
        out.append('　'.join(spans))
    if d['id'] == 'r18b':
        out.append(d['title'])  # the page repeats the title in bold above the body
    out += body
    text = '\n'.join(out) + '\n'
    with open(os.path.join(OUT, d['title'] + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    return dict(id=d['id'], file=d['title'] + '.txt', url=meta['final_url'], retrieved_at=meta['retrieved_at'],
                repo='ljz060707-lang/China-Real-Estate-Policy-Database', commit=COMMIT,
                path=DIR + d['sha'] + '.html', chars=len(text), chars_no_ws=len(re.sub(r'\s', '', text)))

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    info = [build(d) for d in DOCS]
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources.json'), 'w', encoding='utf-8') as f:
        json.dump(info, f, ensure_ascii=False, indent=1)
    for i in info:
        print(i['id'], i['chars'], i['chars_no_ws'], i['file'])
