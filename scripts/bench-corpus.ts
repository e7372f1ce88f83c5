// A generated stand-in for ../shared/corpus/laws: markdown laws in nested folders, laid out like the
// real corpus (a front-matter-only `_index.md` per folder, `# title`, promulgation lines, the
// `<!-- INFO END -->` marker, `## 第X章` headings and `第X条` articles), written from a fixed seed so
// every run and every machine gets the same files. Used by `npm run bench` when the real corpus is
// absent and by the scale test; its articles use the plan's vocabulary (融资, 人才, 高新技术企业…)
// so they compete with the plan's passages as real laws do.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { random } from '../tests/support/tiny-model.ts';
import { toChineseNumber } from '../src/text/numerals.ts';

/** 1 → 一, 12 → 十二, 105 → 一百零五, 1260 → 一千二百六十: the service's own reading of numbers. */
export const chineseNumber = toChineseNumber;


const FOLDERS = ['经济法', '行政法', '社会法', '民法商法', '行政法规', '部门规章/市场监督管理总局', '司法解释'];
const SUBJECTS = ['中小企业', '科技成果转化', '人才发展', '营商环境', '产品质量', '安全生产', '数据安全', '乡村振兴', '对外贸易', '节约能源', '环境保护', '招标投标'];
const ACTORS = ['国家', '县级以上人民政府', '国务院有关部门', '地方各级人民政府', '有关主管部门', '金融机构', '用人单位', '经营者', '高等学校和科研机构'];
const VERBS = ['应当加强', '鼓励和支持', '依法保障', '统筹推进', '建立健全', '组织开展', '严格规范', '积极引导'];
const OBJECTS = [
  '中小企业融资服务体系', '高新技术企业认定管理', '人才培养和引进工作', '科技成果转化收益分配', '营商环境优化评价',
  '产业集群和园区建设', '企业上市融资和债券发行', '信用担保和贷款贴息', '技术创新平台建设', '质量标准和品牌建设',
  '安全生产责任制度', '数据分类分级保护', '职业技能培训', '公共服务平台', '节能减排和绿色发展',
];
const TAILS = ['具体办法由国务院规定', '并向社会公布', '保障其合法权益', '提高服务质量和效率', '依照本法规定执行', '所需经费列入本级预算'];

/** One article: one to three sentences in the plain register of a statute. */
function article(rnd: () => number, subject: string): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const sentences = 1 + Math.floor(rnd() * 3);
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    out.push(`${pick(ACTORS)}${pick(VERBS)}${subject}领域的${pick(OBJECTS)}，${pick(TAILS)}。`);
  }
  return out.join('');
}

export interface CorpusOptions {
  laws: number;
  /** Articles per law, on average (each law gets between half and one and a half times this). */
  articles: number;
  seed?: number;
}

/** Writes the corpus below `dir`; returns the number of law files written. */
export function generateLawCorpus(dir: string, opts: CorpusOptions): number {
  const rnd = random(opts.seed ?? 8);
  for (const folder of FOLDERS) {
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, folder, '_index.md'), '---\nbookCollapseSection: true\n---');
  }
  for (let i = 0; i < opts.laws; i++) {
    const subject = SUBJECTS[i % SUBJECTS.length]!;
    const title = `中华人民共和国${subject}促进条例（第${chineseNumber(i + 1)}号）`;
    const year = 1990 + (i % 34);
    const count = Math.max(3, Math.round(opts.articles * (0.5 + rnd())));
    const chapters = Math.max(1, Math.round(count / 12));
    const lines = [`# ${title}`, '', `${year}年${1 + (i % 12)}月${1 + (i % 28)}日 第${chineseNumber(1 + (i % 13))}届全国人民代表大会常务委员会通过`, '', '<!-- INFO END -->', ''];
    let no = 1;
    for (let c = 1; c <= chapters; c++) {
      lines.push(`## 第${chineseNumber(c)}章 ${c === 1 ? '总则' : `${subject}的${['管理', '促进', '保障', '监督'][c % 4]}`}`, '');
      const inChapter = c === chapters ? count - no + 1 : Math.round(count / chapters);
      for (let a = 0; a < inChapter && no <= count; a++, no++) lines.push(`第${chineseNumber(no)}条 ${article(rnd, subject)}`, '');
    }
    const folder = FOLDERS[i % FOLDERS.length]!;
    writeFileSync(path.join(dir, folder, `${subject}促进条例${i + 1}.md`), lines.join('\n'));
  }
  return opts.laws;
}
