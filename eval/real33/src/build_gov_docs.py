# Builds knowledge/*.txt for the two gov.cn documents from docs.json (made by parse_gov_sql.py
# from ZhouYNF/platform-1 @ 2197df553eee3b0bc9989d91addadf2f4227fddc : db/ge_policy_raw20190217.sql).
import json, re, sys
d = json.load(open(sys.argv[1], encoding='utf8'))
for rid in ['17', '13']:
    v = d[rid]
    lines = v['text'].split('\n')
    i = next(k for k, l in enumerate(lines) if re.match(r'^国办发〔', l))
    title = ''.join(lines[:i])
    assert title == v['title'], (title, v['title'])
    body = lines[i:]
    open(f'knowledge/{title}.txt', 'w', encoding='utf8').write('\n'.join([title] + body) + '\n')
    print(title, len('\n'.join([title] + body)))
