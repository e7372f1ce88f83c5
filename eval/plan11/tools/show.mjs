import {clean,cs,glossAfter} from './ana.mjs';
let s='';for(let k=0;k<cs.length;k++){s+=cs[k]+(glossAfter[k]?'|':'');}
console.log(s.replace(/。/g,'。\n'));
