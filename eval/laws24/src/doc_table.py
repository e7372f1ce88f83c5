# Prints, for every law in the suite, the header lines, chapter/article counts and character count.
import json, os, re
ROOT = '/work/shared/corpus/laws'
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
notes = []
for name in ('questions.jsonl', 'conversations.jsonl'):
    for line in open(os.path.join(HERE, name), encoding='utf8'):
        if line.strip():
            n = json.loads(line)['note']
            if n not in notes:
                notes.append(n)
for n in notes:
    raw = open(os.path.join(ROOT, n), encoding='utf8').read()
    head = raw.split('<!-- INFO END -->')[0].strip().split('\n')
    title = head[0][2:]
    info = [l.strip() for l in head[1:] if l.strip()]
    chapters = len(re.findall(r'^## ', raw, re.M))
    articles = len(re.findall(r'^第[一二三四五六七八九十百零]+条', raw, re.M))
    print(f'{title}\t{n}\t{len(raw)}\t{chapters}\t{articles}\t' + ' | '.join(info))
