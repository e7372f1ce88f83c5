# Split the provincial compilation files of RhineAI-Lab/BusinessPolicyRAG (data/split/city/*.txt)
# into single documents by their numbered headings "N. <title>（2023 年M 月D 日）".
import re,glob,json,sys
def load(f):
    t=open(f,encoding='utf-8').read()
    return re.sub(r'\n# Page \d+:\n','\n',t)
docs=[]
for f in sorted(glob.glob('/tmp/r24work/*.txt')):
    t=load(f)
    starts=[]
    for m in re.finditer(r'(?m)^(\d{1,2})\.\s?\n?(.{0,150}?（20\d\d ?年[^）]{0,12}）)',t,re.S):
        title=m.group(2).replace('\n','')
        if len(title)<8: continue
        starts.append((m.start(),m.group(1),title))
    for k,(s,n,title) in enumerate(starts):
        e=starts[k+1][0] if k+1<len(starts) else len(t)
        body=t[s:e]
        docs.append(dict(file=f.split('/')[-1],no=n,title=title,start=s,len=len(body),
          wan=body.count('万元'),pct=body.count('%'),zuigao=body.count('最高'),
          owner=len(re.findall(r'责任单位|牵头单位|配合单位',body)),tiao=len(re.findall(r'第[一二三四五六七八九十]+条',body)),
          qa=len(re.findall(r'问[:：]|答[:：]',body))))
json.dump(docs,open('/tmp/r24work/docs.json','w'),ensure_ascii=False,indent=0)
for d in docs:
    print(d['file'][:3],d['no'],d['len'],'wan',d['wan'],'pct',d['pct'],'max',d['zuigao'],'own',d['owner'],'tiao',d['tiao'],'qa',d['qa'],d['title'][:70])
