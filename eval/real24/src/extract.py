# Extract three documents from RhineAI-Lab/BusinessPolicyRAG (commit f814cf756f3547a021aad050bb86562cd887c1d9),
# files data/split/city/{江西,广东,海南}.txt (text of the compilation 《国家及各省市营商环境政策汇编（2023 年）》).
# Cleaning: only the PDF page markers "# Page N:" inserted by the repo's extraction are dropped; the compilation's
# own running number and heading line are replaced by a title line. Line breaks, stray spaces and punctuation are kept.
import re,subprocess,os
REPO='/work/.mirror/RhineAI-Lab+BusinessPolicyRAG/repo'
COMMIT='f814cf756f3547a021aad050bb86562cd887c1d9'
def load(name):
    t=subprocess.run(['git','-C',REPO,'show',f'{COMMIT}:data/split/city/{name}.txt'],capture_output=True,check=True).stdout.decode('utf-8')
    return re.sub(r'\n*# Page \d+:\n','\n',t)
def cut(t,start_marker,end_marker):
    i=t.index(start_marker); j=t.index(end_marker,i)
    return t[i:j].rstrip()+'\n'
docs=[
 ('江西','江西省人民政府办公厅关于印发江西省推进养老服务提质升级三年行动方案（2023-2025年）的通知',
  '赣府厅字〔2023〕41 号','4. 吉安市工程建设项目审批制度改革领导小组办公室'),
 ('广东','深圳市前海深港现代服务业合作区管理局国家税务总局深圳市税务局关于印发《关于支持前海深港现代服务业合作区涉税服务业创新发展十八条措施》的通知',
  '深前海规〔2023〕4 号','9. 深圳市住房和建设局关于印发'),
 ('海南','海南省知识产权局关于印发《海南省专利奖评奖办法》的通知',
  '琼知规〔2023〕1 号','5. 三亚市人民政府办公室'),
]
out='/tmp/real24/knowledge'
for prov,title,s,e in docs:
    t=load(prov)
    # the table of contents of each file repeats headings; take the occurrence of s (doc number line) in the body
    body=cut(t,s,e)
    text=title+'\n'+body
    open(os.path.join(out,title+'.txt'),'w',encoding='utf-8').write(text)
    print(title, len(text), len(title.encode()))
