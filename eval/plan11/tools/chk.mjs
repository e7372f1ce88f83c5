import fs from 'fs';
const raw=fs.readFileSync('/work/shared/seed/000_87c328761f19b533.txt','utf8').replace(/\s+/g,'');
for(const w of process.argv.slice(2)){const n=raw.split(w).length-1;console.log(n?'OK ':'-- ',n,w)}
