# Convert a stored government web page (HTML) to plain lines: drop scripts/styles/tags, one line per block element.
import re, html, sys
def convert(s):
    t = re.sub(r'<script.*?</script>|<style.*?</style>|<!--.*?-->', '', s, flags=re.S)
    t = re.sub(r'<br\s*/?>|</p>|</div>|</h\d>|</tr>|</li>', '\n', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = html.unescape(t).replace('\u3000', ' ').replace('\xa0', ' ')
    return [re.sub(r'[ \t]+', ' ', l).strip() for l in t.split('\n') if l.strip()]
if __name__ == '__main__':
    print('\n'.join(convert(open(sys.argv[1], encoding='utf8').read())))
