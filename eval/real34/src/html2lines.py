# Convert the gov.cn content HTML of one ge_policy_raw row into plain lines: one <p> (or <br>) = one line.
# Usage: python3 html2lines.py gp.jsonl ROW_ID > out.txt
import sys, json, re, html
rows = {json.loads(l)['id']: json.loads(l) for l in open(sys.argv[1], encoding='utf8')}
c = rows[sys.argv[2]]['content']
c = re.sub(r'(?is)<(script|style)\b.*?</\1>', '', c)
c = re.sub(r'(?i)<br\s*/?>', '\n', c)
c = re.sub(r'(?i)</p\s*>|</tr\s*>|</div\s*>|</h\d\s*>', '\n', c)
c = re.sub(r'<[^>]+>', '', c)
c = html.unescape(c).replace('\u3000', ' ').replace('\xa0', ' ')
out = []
for line in c.split('\n'):
    line = re.sub(r'[ \t]+', ' ', line).strip()
    if line: out.append(line)
print('\n'.join(out))
