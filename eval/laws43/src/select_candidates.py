import os,re,collections
ROOT='/work/shared/corpus/laws'
used=[l.strip() for l in open('/tmp/used_laws.txt') if l.strip()]
def title(p): 
    b=os.path.basename(p); b=re.sub(r'\.md$','',b); b=re.sub(r'\(\d{4}-\d{2}-\d{2}\)$','',b); return b
bare=lambda t: re.sub(r'^中华人民共和国','',title(t))
usedT=set(title(u) for u in used); usedB=set(bare(u) for u in used); usedP=set(used)
files=[]
for d,_,fs in os.walk(ROOT):
    for f in fs:
        if f.endswith('.md'): files.append(os.path.relpath(os.path.join(d,f),ROOT))
tc=collections.Counter(title(f) for f in files)
out=[]
for f in sorted(files):
    if f in usedP or title(f) in usedT or bare(f) in usedB or tc[title(f)]!=1: continue
    n=len(open(os.path.join(ROOT,f)).read())
    out.append((f,n))
print(len(files),len(out))
cnt=collections.Counter(f.split('/')[0] for f,_ in out); print(cnt)
with open('cands.txt','w') as w:
    for f,n in out: w.write(f"{n}\t{f}\n")
