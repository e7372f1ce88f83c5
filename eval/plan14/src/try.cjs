// helper: node src/try.cjs "candidate text" ... -> max Dice vs earlier units
const fs=require('fs'),path=require('path');const {conv}=require('./fold.cjs');
function norm(s){return conv(String(s)).toLowerCase().replace(/[\s\p{P}\p{S}]/gu,'');}
function bg(s){const m=new Map();for(let i=0;i+1<s.length;i++){const b=s.slice(i,i+2);m.set(b,(m.get(b)||0)+1);}return m;}
function dice(a,b){const A=bg(norm(a)),B=bg(norm(b));let na=0,nb=0,x=0;for(const v of A.values())na+=v;for(const v of B.values())nb+=v;for(const [k,v] of A)if(B.has(k))x+=Math.min(v,B.get(k));return na+nb?2*x/(na+nb):0;}
const D='/tmp/earlier_plan';const E=[];for(const f of fs.readdirSync(D))for(const l of fs.readFileSync(path.join(D,f),'utf8').split('\n')){if(!l.trim())continue;const o=JSON.parse(l);if(o.q)E.push(o.q);(o.turns||[]).forEach(t=>E.push(t));}
for(const c of process.argv.slice(2)){let b=[0,''];for(const e of E){const s=dice(c,e);if(s>b[0])b=[s,e];}console.log(b[0].toFixed(3),c,'~',b[1]);}
