// helper used while drafting: node src/try.cjs "candidate 1" "candidate 2" ... prints each candidate's
// highest bigram Dice against the earlier suites (same normalisation as dice.cjs) and the nearest earlier question.
const fs=require('fs'),path=require('path');
const O=require('/work/main/node_modules/opencc-js');const fold=O.Converter({from:'hk',to:'cn'});
const norm=s=>fold(s).toLowerCase().replace(/[^\p{L}\p{N}]/gu,'');
function grams(s){const m=new Map();for(let i=0;i+1<s.length;i++){const g=s.slice(i,i+2);m.set(g,(m.get(g)||0)+1);}return m;}
function dice(A,B){let n=0,a=0,b=0;for(const v of A.values())a+=v;for(const v of B.values())b+=v;for(const[g,v]of A)if(B.has(g))n+=Math.min(v,B.get(g));return a+b?2*n/(a+b):0;}
const old=[];const dir='/tmp/earlier_plan';
for(const f of fs.readdirSync(dir))for(const l of fs.readFileSync(path.join(dir,f),'utf8').split('\n'))if(l.trim()){const d=JSON.parse(l);(d.q?[d.q]:d.turns).forEach(t=>old.push({id:d.id,t,g:grams(norm(t))}));}
for(const t of process.argv.slice(2)){const g=grams(norm(t));let b={s:0};for(const o of old){const s=dice(g,o.g);if(s>b.s)b={s,o};}console.log(b.s.toFixed(3),t,'\n   ~',b.o.id,b.o.t);}
