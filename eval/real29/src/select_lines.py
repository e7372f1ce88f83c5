"""Select the document region from a page's extracted text lines.
Usage: python3 select_lines.py IN.txt OUT.txt TITLE START_MARKER END_MARKER [DROP ...]
Writes TITLE as the first line, then the lines from the first line that equals/contains
START_MARKER (a leading '=' asks for an exact line; searched after the site navigation) through the first later line containing
END_MARKER (inclusive). Lines exactly equal to one of DROP (share-button furniture) are skipped.
"""
import sys
src, dst, title, start, end, *drop = sys.argv[1:]
lines = open(src, encoding='utf8').read().split('\n')
s = next(i for i, l in enumerate(lines) if (l == start[1:] if start.startswith('=') else start in l))
e = next(i for i in range(s, len(lines)) if end in lines[i])
body = [l for l in lines[s:e + 1] if l not in drop]
if body and body[0] == title:
    body = body[1:]
open(dst, 'w', encoding='utf8').write(title + '\n' + '\n'.join(body) + '\n')
print(dst, len(title + ''.join(body)))
