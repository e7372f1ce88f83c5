import fs from 'fs';
const lines=fs.readFileSync('/work/shared/seed/000_87c328761f19b533.txt','utf8').split('\n');
const re=/\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü?]+\)/g;
lines.forEach((l,i)=>{l=l.replace(/\s+/g,'');const parts=l.split(re);const out=[];for(const p of parts){for(const q of p.split(/[;:]/)){if(q.length>=10 && q.includes(','))out.push(q)}}if(out.length)console.log(i+': '+out.join(' ¦ '))});
