import zipfile, re, json, sys
import xml.etree.ElementTree as ET
ns={'m':'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z=zipfile.ZipFile(sys.argv[1])
ss=[]
for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si',ns):
    ss.append(''.join(t.text or '' for t in si.iter('{%s}t'%ns['m'])))
out={}
for sh in ['sheet1','sheet2']:
    root=ET.fromstring(z.read(f'xl/worksheets/{sh}.xml'))
    rows=[]
    for r in root.iter('{%s}row'%ns['m']):
        row={}
        for c in r.findall('m:c',ns):
            ref=re.match(r'[A-Z]+',c.get('r')).group()
            v=c.find('m:v',ns)
            if v is None:
                is_=c.find('m:is',ns)
                val=''.join(t.text or '' for t in is_.iter('{%s}t'%ns['m'])) if is_ is not None else ''
            elif c.get('t')=='s': val=ss[int(v.text)]
            else: val=v.text
            row[ref]=val
        rows.append(row)
    out[sh]=rows
json.dump(out,open(sys.argv[2],'w'),ensure_ascii=False)
