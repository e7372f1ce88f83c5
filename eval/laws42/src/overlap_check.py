import os,re,sys
ROOT='/work/shared/corpus/laws'
texts={}
for d,_,fs in os.walk(ROOT):
    for f in fs:
        if f.endswith('.md'):
            p=os.path.join(d,f); texts[os.path.relpath(p,ROOT)]=re.sub(r'\s+','',open(p).read())
for line in sys.stdin:
    c=line.strip()
    if not c: continue
    raw=open(os.path.join(ROOT,c)).read()
    segs=[]
    for l in raw.split('\n'):
        l=re.sub(r'\s+','',l)
        l=re.sub(r'^第[一二三四五六七八九十百]+条','',l)
        for s in re.split(r'[。；：]',l):
            if len(s)>=15: segs.append(s)
    hits={}
    for s in segs:
        for f,t in texts.items():
            if f!=c and s in t: hits[f]=hits.get(f,0)+1
    top=sorted(hits.items(),key=lambda x:-x[1])[:3]
    print(f"{len(segs):4d} {c[:60]} => {top}")
