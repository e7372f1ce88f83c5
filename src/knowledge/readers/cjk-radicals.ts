// CJK fonts (Noto/Source Han among them) share one glyph between an ideograph and its radical, and
// a PDF's text layer then often maps the glyph back to the radical's code point: 工 comes out as
// ⼯ (U+2F2F), 長 as ⻑ (U+2ED1). They look the same and match nothing, so they are mapped back to
// the ideographs here. Kangxi radicals have a compatibility decomposition (NFKC); the supplement's
// do not, hence the table (Unicode's EquivalentUnifiedIdeograph.txt, the characters that occur in
// running text).

const SUPPLEMENT_FROM = '⺁⺄⺅⺆⺉⺊⺌⺍⺎⺐⺒⺓⺔⺖⺗⺘⺙⺛⺜⺝⺞⺟⺠⺡⺢⺣⺤⺥⺦⺧⺨⺩⺫⺬⺭⺮⺯⺰⺱⺲⺳⺴⺶⺷⺸⺹⺺⺻⺼⺽⺾⺿⻀⻁⻂⻃⻄⻅⻆⻇⻈⻉⻊⻋⻌⻍⻎⻏⻐⻑⻒⻓⻔⻕⻖⻗⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲⻳';
const SUPPLEMENT_TO = '厂乙亻冂刂卜小小兀尢巳幺彑忄心扌攵旡日月歺母民氵氺灬爫爫丬牛犭王罒示礻竹糹纟罓罒网网羊羊羋耂肀聿肉臼艹艹艹虎衤覀西见角角讠贝足车辶辶辶阝钅長镸长门阜阝雨青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟';
const SUPPLEMENT = new Map([...SUPPLEMENT_FROM].map((c, i) => [c, [...SUPPLEMENT_TO][i]!]));

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf]/gu;

/** Radicals in running text → the ideographs they stand for. */
export function unifyRadicals(text: string): string {
  return text.replace(RADICAL, (c) => SUPPLEMENT.get(c) ?? c.normalize('NFKC'));
}
