import re, html, json, sys
s=open('raw.sql',encoding='utf8').read()
# split into records
starts=[m.start() for m in re.finditer(r"insert into ge_policy_raw \(", s)]
starts.append(len(s))
out={}
for a,b in zip(starts,starts[1:]):
    rec=s[a:b]
    m=re.match(r"insert into ge_policy_raw \([^)]*\) values \((\d+), '([^']*)', '[^']*', '([^']*)', '([^']*)', '([^']*)', '([^']*)', (null|'[^']*'), '([^']*)', '([^']*)', (null|'[^']*'), '",rec)
    if not m: print('nomatch',rec[:200]); continue
    rid,url,idx,title,office,num=m.group(1),m.group(2),m.group(3),m.group(4),m.group(5),m.group(6)
    content=rec[m.end():]
    # content ends at "', null|'..', '状态'"
    e=content.find("', null, '")
    content=content[:e] if e>=0 else content
    content=content.replace("\\'","'").replace('\\"','"')
    t=re.sub(r'<br\s*/?>','\n',content)
    t=re.sub(r'</(p|div|tr|h\d|li)>','\n',t)
    t=re.sub(r'<[^>]+>','',t)
    t=html.unescape(t)
    lines=[l.strip().replace('\u3000',' ').strip() for l in t.split('\n')]
    lines=[l for l in lines if l]
    out[rid]=dict(url=url,idx=idx,title=title,office=office,num=num,text='\n'.join(lines))
json.dump(out,open('docs.json','w',encoding='utf8'),ensure_ascii=False,indent=0)
for k,v in out.items(): 
    ann=len(re.findall(r'（[^（）]{2,80}(牵头|负责)[^（）]{0,60}）',v['text']))
    print(k,len(v['text']),ann,v['title'][:50])
