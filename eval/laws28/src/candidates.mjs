import fs from 'node:fs'; import path from 'node:path';
const LAWS='/work/shared/corpus/laws';
const used=new Set(fs.readFileSync('/tmp/used_laws.txt','utf8').split('\n').map(s=>s.trim()).filter(Boolean));
const usedD=new Set(fs.readFileSync('/tmp/used_docs.txt','utf8').split('\n').map(s=>s.trim()).filter(Boolean));
const files=[];(function w(d){for(const e of fs.readdirSync(d,{withFileTypes:true})){const p=path.join(d,e.name);if(e.isDirectory())w(p);else if(e.name.endsWith('.md'))files.push(path.relative(LAWS,p));}})(LAWS);
const t=p=>path.basename(p).replace(/\.md$/,'').replace(/\(\d{4}-\d{2}-\d{2}\)$/,'');
const c={};for(const f of files)c[t(f)]=(c[t(f)]||0)+1;
for(const f of files){if(used.has(f)||usedD.has(t(f))||c[t(f)]!==1)continue;const s=fs.statSync(path.join(LAWS,f)).size;console.log(s+'\t'+f);}
