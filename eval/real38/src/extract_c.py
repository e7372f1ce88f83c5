# Re-creates knowledge/广州市困难残疾人生活补贴和重度残疾人护理补贴实施办法.txt from the archived HTML page
# in shizelengleng/ai-zhengce-tong (commit f9a2097a4f9392cbe97c0c6964c8427ae14346c3,
# docs/policy_sources/27c_残疾人两项补贴实施办法_增城转载.html). Usage:
#   git -C <mirror> show f9a2097a4f9392cbe97c0c6964c8427ae14346c3:"docs/policy_sources/27c_残疾人两项补贴实施办法_增城转载.html" > page.html
#   python3 extract_c.py page.html > out.txt
# Only tags are stripped and blank lines dropped (whitespace normalisation); the text itself is untouched.
import html, re, sys
raw = open(sys.argv[1], encoding="utf-8").read()
t = re.sub(r'(?is)<(script|style).*?</\1>', '', raw)
t = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</h\d>|</tr>', '\n', t)
t = html.unescape(re.sub(r'<[^>]+>', '', t))
lines = [l.strip() for l in t.split('\n') if l.strip()]
title = '广州市困难残疾人生活补贴和重度残疾人护理补贴实施办法'
start = next(i for i, l in enumerate(lines) if l.startswith('为进一步完善和规范我市'))
end = max(i for i, l in enumerate(lines) if l.startswith('本实施办法自印发之日起实施，有效期5年。'))
sys.stdout.write('\n'.join([title] + lines[start:end + 1]) + '\n')
