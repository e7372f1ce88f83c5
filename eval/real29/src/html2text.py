"""Extract visible text from a saved government web page (HTML) with the
standard library only. Block elements become line breaks; scripts/styles are
dropped; whitespace inside a line is collapsed; blank lines are removed.
Usage: python3 html2text.py IN.html OUT.txt [start_marker] [end_marker]
If markers are given, the text is cut from the first line containing
start_marker up to (excluding) the first later line containing end_marker.
"""
import sys, re
from html.parser import HTMLParser

BLOCK = {'p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article', 'td', 'th'}

class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'noscript'): self.skip += 1
        if tag in BLOCK: self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'noscript'): self.skip = max(0, self.skip - 1)
        if tag in BLOCK: self.out.append('\n')
    def handle_data(self, d):
        if not self.skip: self.out.append(d)

def convert(html):
    p = P(); p.feed(html)
    text = ''.join(p.out).replace('\u00a0', ' ').replace('\u3000', ' ')
    lines = [re.sub(r'[ \t\r\f\v]+', ' ', l).strip() for l in text.split('\n')]
    return [l for l in lines if l]

if __name__ == '__main__':
    src, dst = sys.argv[1], sys.argv[2]
    lines = convert(open(src, encoding='utf8', errors='replace').read())
    if len(sys.argv) > 3:
        s = next(i for i, l in enumerate(lines) if sys.argv[3] in l)
        e = len(lines)
        if len(sys.argv) > 4:
            e = next((i for i in range(s + 1, len(lines)) if sys.argv[4] in lines[i]), len(lines))
        lines = lines[s:e]
    open(dst, 'w', encoding='utf8').write('\n'.join(lines) + '\n')
    print(dst, sum(len(l) for l in lines))
