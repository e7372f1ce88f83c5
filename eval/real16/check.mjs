// node check.mjs — validates the real16 suite; exits 1 on any problem. No dependencies.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));
const kdir = path.join(dir, "knowledge");
const KINDS = new Set(["target", "task", "policy", "owner", "measure", "overview", "oos", "multi"]);
const problems = [];
const bad = (m) => problems.push(m);
const strip = (s) => s.replace(/\s+/g, "");

// knowledge: title line = file name
const docs = {};
for (const f of fs.readdirSync(kdir).filter((f) => f.endsWith(".txt"))) {
  const txt = fs.readFileSync(path.join(kdir, f), "utf8");
  const first = txt.split("\n")[0].replace(/^\uFEFF/, "").trim();
  const name = f.slice(0, -4);
  if (first !== name) bad(`${f}: first line "${first}" != file name`);
  docs[name] = strip(txt);
}
if (Object.keys(docs).length !== 3) bad(`expected 3 documents, found ${Object.keys(docs).length}`);

const ids = new Set();
const counts = {};
function checkFile(file, prefixRe) {
  const p = path.join(dir, file);
  const lines = fs.readFileSync(p, "utf8").split("\n").filter((l) => l.trim());
  lines.forEach((line, i) => {
    let c;
    try { c = JSON.parse(line); } catch (e) { bad(`${file}:${i + 1}: invalid JSON`); return; }
    const id = c.id;
    if (!id || !prefixRe.test(id)) bad(`${file}:${i + 1}: bad id ${id}`);
    if (ids.has(id)) bad(`${id}: duplicate id`);
    ids.add(id);
    if (!KINDS.has(c.kind)) bad(`${id}: bad kind ${c.kind}`);
    counts[c.kind] = (counts[c.kind] || 0) + 1;
    const qs = c.turns ? c.turns : [c.q];
    if (!qs.length || qs.some((t) => typeof t !== "string" || !t.trim())) bad(`${id}: empty question`);
    if (c.turns && (c.turns.length < 2 || c.kind !== "multi")) bad(`${id}: turns need kind multi and >=2 turns`);
    if (!c.turns && c.kind === "multi") bad(`${id}: multi without turns`);
    const note = c.note || "";
    const parts = note.split(";").map((s) => s.trim());
    const docName = parts[parts.length - 1];
    if (parts.length < 3 || !/^(named|bare)$/.test(parts[parts.length - 2])) bad(`${id}: note must be "<sub-kind>; named|bare; <doc>"`);
    const doc = docs[docName];
    if (doc === undefined) { bad(`${id}: note names unknown document "${docName}"`); return; }
    if (c.refuse === true) {
      if (c.must || c.passage) bad(`${id}: refusal must have no must/passage`);
      if (c.kind !== "oos" && c.kind !== "multi") bad(`${id}: refusal kind should be oos (or multi)`);
      return;
    }
    if (c.kind === "oos") bad(`${id}: oos without refuse:true`);
    if (!Array.isArray(c.must) || !c.must.length) { bad(`${id}: missing must`); }
    else for (const g of c.must) {
      if (!Array.isArray(g) || !g.length) { bad(`${id}: bad must group`); continue; }
      for (const alt of g) {
        if (typeof alt !== "string" || !alt.trim()) { bad(`${id}: empty must alternative`); continue; }
        if (!doc.includes(strip(alt))) bad(`${id}: must "${alt}" not in document`);
        for (const t of qs) if (strip(t).includes(strip(alt))) bad(`${id}: must "${alt}" is contained in the question`);
      }
    }
    if (typeof c.passage !== "string") bad(`${id}: missing passage`);
    else {
      const ps = strip(c.passage);
      if (ps.length < 10 || ps.length > 40) bad(`${id}: passage length ${ps.length} not in 10..40`);
      if (!doc.includes(ps)) bad(`${id}: passage not in document: ${c.passage}`);
    }
  });
  return lines.length;
}
const nq = checkFile("questions.jsonl", /^r16[abc]\d\d$/);
const nm = checkFile("conversations.jsonl", /^r16m\d\d$/);
for (const l of ["a", "b", "c"]) {
  const qs = fs.readFileSync(path.join(dir, "questions.jsonl"), "utf8").split("\n").filter(Boolean).map((x) => { try { return JSON.parse(x); } catch { return {}; } }).filter((c) => (c.id || "").startsWith("r16" + l));
  const ref = qs.filter((c) => c.refuse).length;
  if (qs.length !== 24 || ref !== 3) bad(`document ${l}: ${qs.length} questions, ${ref} refusals (want 24 / 3)`);
}
// owners.json
try {
  const o = JSON.parse(fs.readFileSync(path.join(dir, "owners.json"), "utf8"));
  for (const it of o.items) {
    const doc = docs[it.doc];
    if (!doc) { bad(`owners.json: unknown doc ${it.doc}`); continue; }
    if (!doc.includes(strip(it.title))) bad(`owners.json: title "${it.title}" not in ${it.doc}`);
    for (const u of it.units) if (!doc.includes(strip(u))) bad(`owners.json: unit "${u}" not in ${it.doc}`);
  }
} catch (e) { bad(`owners.json: ${e.message}`); }

for (const p of problems) console.log("PROBLEM " + p);
console.log(`documents ${Object.keys(docs).length}, questions ${nq}, conversations ${nm}, kinds ${JSON.stringify(counts)}`);
console.log(problems.length ? `FAIL (${problems.length} problems)` : "OK");
process.exit(problems.length ? 1 : 0);
