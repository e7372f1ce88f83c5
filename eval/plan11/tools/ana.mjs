import fs from 'fs'; import {createRequire} from 'module'; const require=createRequire((process.env.OPENCC_DIR||'/tmp/p11oc')+'/noop.js');
const OpenCC=require('opencc-js'); const t2s=OpenCC.Converter({from:'hk',to:'cn'});
const raw=fs.readFileSync('/work/shared/seed/000_87c328761f19b533.txt','utf8').replace(/\s+/g,'');
// build clean with map to raw idx; mark chars followed by gloss
const re=/\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/y;
let clean='',map=[],glossAfter=[];
for(let i=0;i<raw.length;){re.lastIndex=i;const m=re.exec(raw);if(m){glossAfter[clean.length-1]=true;i+=m[0].length;continue;}clean+=raw[i];map.push(i);i++;}
const cs=t2s(clean);
if(cs.length!==clean.length) console.log('LEN MISMATCH');
export {raw,clean,cs,map,glossAfter,t2s};
const q=process.argv.slice(2);
for(const w of q){let idx=cs.indexOf(w);if(idx<0){console.log(w,'NOT FOUND');continue;}
 const out=[];while(idx>=0){ // split into gloss-free pieces
  let pieces=[],cur='';for(let k=idx;k<idx+w.length;k++){cur+=clean[k];if(glossAfter[k]&&k<idx+w.length-1){pieces.push(cur);cur='';}}pieces.push(cur);
  out.push(pieces.join('|'));idx=cs.indexOf(w,idx+1);}
 console.log(w,'=>',out.join('  ;  '));}
