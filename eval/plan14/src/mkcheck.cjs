// writes ../check.mjs from check.template.mjs with the generated char map embedded
const fs = require('fs');
const map = fs.readFileSync(__dirname + '/t2s_map.json', 'utf8');
const t = fs.readFileSync(__dirname + '/check.template.mjs', 'utf8').replace('__MAP__', map);
fs.writeFileSync(__dirname + '/../check.mjs', t);
