"""Minimal parser for the MySQL INSERT dump (single-quoted strings with backslash escapes)."""
import re
PAT = re.compile(r"insert into \w+ \(([^)]*)\) values \(", re.I)

def parse_inserts(s):
    out = []
    for m in PAT.finditer(s):
        cols = [c.strip() for c in m.group(1).split(',')]
        j = m.end(); vals = []
        while True:
            while s[j] in ' \n\t\r': j += 1
            if s[j] == "'":
                j += 1; buf = []
                while True:
                    c = s[j]
                    if c == '\\': buf.append(s[j + 1]); j += 2; continue
                    if c == "'":
                        if s[j + 1] == "'": buf.append("'"); j += 2; continue
                        j += 1; break
                    buf.append(c); j += 1
                vals.append(''.join(buf))
            else:
                k = j
                while s[j] not in ',)': j += 1
                vals.append(s[k:j].strip())
            while s[j] in ' \n\t\r': j += 1
            if s[j] == ',': j += 1; continue
            if s[j] == ')': break
        out.append(dict(zip(cols, vals)))
    return out
