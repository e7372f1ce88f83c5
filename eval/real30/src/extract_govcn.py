# Extract one gov.cn document (content column) from ZhouYNF/platform-1 db/ge_policy_raw20190217.sql
import re, html, sys
s = open('/tmp/r30/raw.sql', encoding='utf8', errors='replace').read()
parts = re.split(r"insert into ge_policy_raw", s)
def get(i):
    p = parts[i]
    m = re.search(r"values \((\d+), '([^']*)', '[^']*', '([^']*)', '([^']*)', '([^']*)', '([^']*)'", p)
    k = p.index("null, '<tbody>")
    c = p[k+7:]
    c = c[:c.index("', null, ")]
    c = re.sub(r'<br\s*/?>', '\n', c)
    c = re.sub(r'</p>|</div>|</tr>|</h\d>', '\n', c)
    c = re.sub(r'<[^>]+>', '', c)
    c = html.unescape(c).replace('\u3000', ' ').replace('\xa0', ' ')
    lines = [l.strip() for l in c.split('\n')]
    return m.groups(), '\n'.join(l for l in lines if l)
if __name__ == '__main__':
    for a in sys.argv[1:]:
        meta, t = get(int(a))
        print(meta[0], meta[3], meta[5], len(t))
