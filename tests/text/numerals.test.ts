// Numbers as the genre writes them, and what a question asks a figure to be.
import { describe, expect, it } from 'vitest';
import { askedAmountKinds, ASKS_AMOUNT, kindWords, parseNumber, statesAmount, statesAmountOf, toChineseNumber } from '../../src/text/numerals.ts';

describe('numerals', () => {
  it('reads numbers up to 9,999 in Chinese (一百五十四条, 一千二百六十条)', () => {
    expect([1, 10, 12, 20, 105, 110, 154, 1260, 10000].map(toChineseNumber)).toEqual(['一', '十', '十二', '二十', '一百零五', '一百一十', '一百五十四', '一千二百六十', '10000']);
  });

  it('takes an ordinal for no amount, a rank for one', () => {
    expect(statesAmount('多辆机动车发生交通事故造成第三人损害')).toBe(false);
    expect(statesAmount('跃居全省第三位')).toBe(true);
    expect(statesAmount('高速公路限速标志标明的最高时速不得超过一百二十公里')).toBe(true);
  });

  it('takes a measure in words for an amount: an area, a power', () => {
    expect(statesAmount('餐饮服务区域的面积不足五十平方米的，应办理小餐饮登记')).toBe(true);
    expect(statesAmount('新增高标准农田三千亩')).toBe(true);
    expect(statesAmount('装机容量在五百千瓦以下的')).toBe(true);
    expect(statesAmount('推进老旧设备统一升级改造')).toBe(false);
    expect(statesAmount('拓宽唯一升学通道以外的渠道')).toBe(false);
  });

  it('takes a span of years for a period', () => {
    expect(statesAmountOf('方案实施期为2023-2025年。', ['duration'])).toBe(true);
    expect(statesAmountOf('2023年至2025年，全市新建基地10个。', ['duration'])).toBe(true);
    expect(statesAmountOf('2025年全市新建基地10个。', ['duration'])).toBe(false);
    // `永久保存` is a period without end; `永久基本农田` names land, and states none.
    expect(statesAmountOf('培训记录应当永久保存。', ['duration'])).toBe(true);
    expect(statesAmountOf('严格保护永久基本农田。', ['duration'])).toBe(false);
  });

  it('takes a share said in words for a share', () => {
    expect(statesAmountOf('“双师型”教师占专业课教师总数超过一半。', ['percent'])).toBe(true);
    expect(statesAmountOf('半数以上成员应当为农民。', ['percent'])).toBe(true);
    expect(statesAmountOf('教师队伍建设取得明显成效。', ['percent'])).toBe(false);
    // (A half year is a period, not a share.)
    expect(statesAmountOf('临时用地使用时间超过半年的，应当办理审批手续。', ['percent'])).toBe(false);
  });

  it('takes a deadline to a month of a year for a date, as the text gives it', () => {
    expect(statesAmountOf('申报项目应于2026年5月前开工并形成实物工作量。', ['date'])).toBe(true);
    // (A year's end said with 年 twice, `2016年年底前`, as `2016年底前` is.)
    expect(statesAmountOf('2016年年底前完成全区公交线网和公交枢纽场站专项规划编制。', ['date'])).toBe(true);
    expect(statesAmountOf('力争用三年时间基本建成。', ['date'])).toBe(false);
    expect(statesAmountOf('每年5月开展一次评估。', ['date'])).toBe(false);
  });

  it('asks a site or a number only where it is what is asked, not where the asker says something is done', () => {
    expect(askedAmountKinds('拟获奖名单在局网站公示多长时间？')).toEqual(['duration']);
    expect(askedAmountKinds('打电话问要几天能办好')).toEqual(['duration']);
    expect(askedAmountKinds('在哪个网站申报？')).toEqual(['website']);
    expect(askedAmountKinds('申报网站是什么')).toEqual(['website']);
    expect(askedAmountKinds('打什么电话咨询')).toEqual(['phone']);
    expect(askedAmountKinds('咨询电话多少')).toEqual(['phone']);
    expect(askedAmountKinds('上海市政府网站的地址是多少')).toEqual(['website']);
    // A call or a site in the asker's story asks no number or address; one asked as such still does.
    expect(askedAmountKinds('开车的时候接了个电话被拍到了，驾照要扣几分')).not.toContain('phone');
    expect(askedAmountKinds('家里老人半夜心梗打了急救电话，急救站能不能拖着不来？')).not.toContain('phone');
    expect(askedAmountKinds('我的原创文章被别的网站整篇转走了，通知里要写哪些东西？')).not.toContain('website');
    expect(askedAmountKinds('想报名这个计划，该找哪个部门？有没有咨询电话？')).toContain('phone');
    expect(askedAmountKinds('青科保那条政策的咨询电话是多少？')).toEqual(['phone']);
  });

  it('asks a year by 哪一年 and finds it stated as one (2030年), not as a rank or a span', () => {
    expect(askedAmountKinds('在哪一年前实现碳达峰？')).toContain('year');
    // A month asked (`每年几月开始申报`) is stated as a month or a date; `3个月` is a period, no month.
    expect(askedAmountKinds('社区认定每年几月开始申报？')).toEqual(['month']);
    expect(askedAmountKinds('哪个月份发放？')).toEqual(['month']);
    expect(askedAmountKinds('几月几号开始？')).toEqual(['date']);
    expect(statesAmountOf('每年3月组织申报。', ['month'])).toBe(true);
    expect(statesAmountOf('每年三月份组织申报。', ['month'])).toBe(true);
    expect(statesAmountOf('申报时间为2025年10月10日9时至11月10日17时。', ['month'])).toBe(true);
    expect(statesAmountOf('每年组织开展认定工作。', ['month'])).toBe(false);
    expect(statesAmountOf('公示期满3个月。', ['month'])).toBe(false);
    // What the reply says the text does not state, for a month asked with or without its year.
    expect(kindWords(askedAmountKinds('每年几月开始申报？'))).toBe('具体月份');
    expect(kindWords(askedAmountKinds('党代会是哪年哪月开的？'))).toBe('具体年月');
    // …and a day asked (`哪天发布`) by a day, not by a month alone.
    expect(statesAmountOf('2018年6月审议通过。', ['date'])).toBe(false);
    // The sum asked after 多少 (`能领多少开办补贴`) is money or a share, as `补贴多少` is.
    expect(askedAmountKinds('注册开办能领多少开办补贴？')).toEqual(expect.arrayContaining(['money', 'percent']));
    expect(askedAmountKinds('实施期是从哪几年？')).not.toContain('year');
    expect(statesAmountOf('从2019年起，教师原则上从企业招聘。', ['year'])).toBe(true);
    expect(statesAmountOf('推进各行业实行梯次达峰。', ['year'])).toBe(false);
    // `多少亿元` asks money: a rank (`稳居全省第二位`) states none.
    expect(askedAmountKinds('营业收入目标是多少亿元？')).toContain('money');
    // …and so do `几千个亿`, `几十亿`, `几万元`: a sum asked by its order (not `几亿人`).
    expect(askedAmountKinds('比如到期末得达到几千个亿？')).toContain('money');
    expect(askedAmountKinds('总投资要几十亿吧？')).toContain('money');
    expect(askedAmountKinds('一年能补几万元？')).toContain('money');
    expect(askedAmountKinds('服务几亿人口？')).not.toContain('money');
    expect(askedAmountKinds('每年要减排几十亿吨？')).not.toContain('money');
    expect(statesAmountOf('营业收入稳居全省第二位。', ['money'])).toBe(false);
    // A sum as a multiple (`月平均工资的三倍计发`), a day of each month (`每月任意一日`).
    expect(statesAmountOf('丧葬补助金按上年度月平均工资的三倍计发。', ['money'])).toBe(true);
    expect(statesAmountOf('失业人员可在每月任意一日办理资格核对。', ['date'])).toBe(true);
  });

  it('counts things in their own measure words (架, 座, 台, 处), asked and stated', () => {
    expect(askedAmountKinds('要能同时支撑多少架飞行器？')).toEqual(['count']);
    expect(askedAmountKinds('一共建几座直升机场？')).toEqual(['count']);
    expect(statesAmount('支撑超万架飞行器同时低空飞行')).toBe(true);
    expect(statesAmountOf('新建3座直升机场、8处起降场', ['count'])).toBe(true);
    // `最晚啥时候报` asks a date, as `最晚什么时候` does.
    expect(askedAmountKinds('实施办法最晚啥时候报国办？')).toEqual(['date']);
    // `第几项` asks a place, not a count.
    expect(askedAmountKinds('第几项讲直升机场？')).toEqual([]);
  });

  it('knows the kind of figure asked and stated', () => {
    expect(askedAmountKinds('每月多少钱')).toEqual(['money']);
    expect(askedAmountKinds('试用期最长多久')).toEqual(['duration']);
    expect(askedAmountKinds('环境日是每年的哪一天')).toEqual(['date']);
    expect(askedAmountKinds('补贴多少个月')).toEqual(['duration']);
    // `哪几年` asks which years, not how long.
    expect(askedAmountKinds('这个方案管的是哪几年')).toEqual([]);
    expect(statesAmountOf('建立100个基地', ['money'])).toBe(false);
    expect(statesAmountOf('分别上浮5个百分点', ['percent'])).toBe(true);
    expect(statesAmountOf('每年6月5日为环境日', ['date'])).toBe(true);
    expect(statesAmountOf('热线电话：020-12345678', ['phone'])).toBe(true);
    expect(statesAmountOf('家庭医生应每季度至少主动联系1次', ['duration'])).toBe(true);
  });

  it('asks for a sum or a share only where it is what is asked, not the topic', () => {
    expect(askedAmountKinds('研发经费支出占GDP比重的提升幅度作何规定')).toEqual([]);
    expect(askedAmountKinds('每个基地拨付多少建设资金')).toEqual(['money', 'percent']);
    expect(askedAmountKinds('补助资金有多少')).toEqual(['money', 'percent']);
    // A subsidy asked for is a sum or a share, not a head count.
    expect(askedAmountKinds('一人能补多少')).toEqual(['money', 'percent']);
    expect(ASKS_AMOUNT.test('研发经费支出占GDP比重的提升幅度作何规定')).toBe(true);
    expect(ASKS_AMOUNT.test('省级财政和地市财政按什么比例分担')).toBe(true);
    expect(ASKS_AMOUNT.test('提高研发经费支出比重有哪些举措')).toBe(false);
    expect(ASKS_AMOUNT.test('核心技术攻关这三年加一块儿得整到啥数')).toBe(true);
  });

  it('knows the same kinds asked in English', () => {
    expect(askedAmountKinds('How many registered residents aged 80 or above does Qinglan have?')).toEqual(['count']);
    expect(askedAmountKinds('How long is the contract term for cultivated land?')).toEqual(['duration']);
    expect(askedAmountKinds('How many years is the term?')).toEqual(['duration']);
    expect(askedAmountKinds('What share of its after-tax profits goes to the reserve?')).toEqual(['percent']);
  });

  it('tells a count from a period and from "a few"', () => {
    expect(askedAmountKinds('一共提出了多少条具体举措')).toEqual(['count']);
    expect(askedAmountKinds('办营业执照一般要几个工作日')).toEqual(['duration']);
    expect(statesAmountOf('商标注册周期压缩至7个月', ['count'])).toBe(false);
    expect(statesAmountOf('六个方面，共16条具体举措', ['count'])).toBe(true);
    // `每年安排100万元` says how much a year, not how long; `每年修订1次` says how often.
    expect(statesAmountOf('每年安排最高100万元经费予以支持', ['duration'])).toBe(false);
    expect(statesAmountOf('原则上每年修订1次', ['duration'])).toBe(true);
    // 想收几个 is the asker's few, not a count asked of the text (the sum of 多少工作补贴 is); 有几个 is asked.
    expect(askedAmountKinds('我们厂想收几个见习生，每个月要发多少工作补贴')).toEqual(['money', 'percent']);
    expect(askedAmountKinds('全市要建几个产业基地')).toEqual(['count']);
    // A span asked may be stated as a period or as dates (三月一日至六月三十日).
    expect(askedAmountKinds('需要在什么时间段办理年度汇算清缴')).toEqual(['duration', 'date']);
    expect(statesAmountOf('在取得所得的次年三月一日至六月三十日内办理汇算清缴', ['duration', 'date'])).toBe(true);
  });
});

describe('rates and shares', () => {
  it('asks a rate where the ask follows it or it closes the question, not where it is the topic of another ask', () => {
    expect(askedAmountKinds('创业担保贷款利率上限是多少？')).toEqual(['percent']);
    expect(askedAmountKinds('贴息利率呢')).toEqual(['percent']);
    expect(askedAmountKinds('LPR是指几年期的利率？')).toEqual(['duration']);
    expect(askedAmountKinds('产权份额一般是百分之多少？')).toEqual(['percent']);
  });

  it('reads a rate in basis points and a year told relative to the claim', () => {
    expect(statesAmountOf('贷款利率不超过LPR+50BP', ['percent'])).toBe(true);
    expect(statesAmountOf('按其上一年度实际保费支出的50%给予补贴', ['year'])).toBe(true);
    expect(statesAmountOf('按实际保费支出的50%给予补贴', ['year'])).toBe(false);
  });
});

describe('parseNumber by code unit', () => {
  // The reading it replaced (a string iterator, `in` on an object of one-character keys), as the reference.
  const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  const reference = (s: string): number | null => {
    const t = s.trim();
    if (/^\d+$/.test(t)) return Number(t);
    if (!/^[零〇一二两三四五六七八九十百千]+$/u.test(t)) return null;
    let total = 0;
    let pending: number | null = null;
    for (const c of t) {
      if (c in DIGITS) {
        if (pending !== null && pending !== 0) return null;
        pending = DIGITS[c]!;
      } else {
        total += (pending ?? 1) * UNITS[c]!;
        pending = null;
      }
    }
    return total + (pending ?? 0);
  };

  it('reads every numeral of up to four characters as before', () => {
    const chars = [...'零〇一二两三四五六七八九十百千'];
    let layer = [''];
    const all = ['', '12', ' 十三 ', '十a', 'a', '１２', '十\u3000', '二十一条', '𠀀'];
    for (let n = 1; n <= 4; n++) all.push(...(layer = layer.flatMap((p) => chars.map((c) => p + c))));
    for (const s of all) expect(parseNumber(s), s).toBe(reference(s));
  });
});

describe('an area, opening hours and an e-mail address asked', () => {
  it('are read from the asking, not from an area named as a condition', () => {
    expect(askedAmountKinds('社区认定要求面积至少多大？')).toEqual(['area']);
    expect(askedAmountKinds('那套两房一厅有几平米')).toEqual(['area']);
    expect(askedAmountKinds('后厨面积不到多少可以只办小餐饮登记？')).toEqual(['area']);
    expect(askedAmountKinds('首套住房面积在90平方米以下的，契税按百分之几缴纳？')).toEqual(['percent']);
    expect(askedAmountKinds('服务窗口周末开不开，几点上班')).toEqual(['hours']);
    expect(askedAmountKinds('受理举报的电子邮箱是多少')).toEqual(['email']);
  });

  it('are stated as such: 平方米 or 亩, a clock time or working days, an address with @', () => {
    expect(statesAmountOf('每套建筑面积约60平方米', ['area'])).toBe(true);
    expect(statesAmountOf('社区面积较大，配套完善', ['area'])).toBe(false);
    expect(statesAmountOf('工作日上午9:00至12:00受理', ['hours'])).toBe(true);
    expect(statesAmountOf('在区行政服务大厅设立专窗', ['hours'])).toBe(false);
    expect(statesAmountOf('来信请寄jubao@example.gov.cn', ['email'])).toBe(true);
    expect(statesAmountOf('可通过信函、网站举报', ['email'])).toBe(false);
  });

  it('make a passage that gives none of them a partial answer that says so', async () => {
    const { answererOver } = await import('../support/docs.ts');
    const { answerer } = await answererOver({
      '创业服务若干措施.txt': '创业服务若干措施\n\n第五条 在区行政服务大厅设立创业服务专窗，提供政策咨询、企业注册等一站式服务。\n',
    });
    const a = await answerer.ask('创业服务专窗的办公时间是几点到几点');
    expect(a.grounded).toBe(false);
    expect(a.body).toContain('没有写明办公时间');
  });
});

describe('a period and an age', () => {
  it('are told apart: 55周岁 is an age, 2周 a period', () => {
    expect(statesAmountOf('提交贷款申请时女性不超过55周岁', ['duration'])).toBe(false);
    expect(statesAmountOf('提交贷款申请时女性不超过55周岁', ['age'])).toBe(true);
    expect(statesAmountOf('2周内放款', ['duration'])).toBe(true);
  });
});

describe('an amount asked after a yes-or-no question (`要收费吗，收多少`)', () => {
  it('must be stated, or the answer says it is not', async () => {
    const { answererOver } = await import('../support/docs.ts');
    const { answerer } = await answererOver({
      '社保关系转移问答.txt': '社保关系转移问答\n\n一、办理渠道\n参保人办理养老保险关系转移手续，可通过网上服务平台申请，也可到社保经办窗口办理。\n',
    });
    const a = await answerer.ask('办理养老保险关系转移手续要收费吗，收多少');
    expect(a.grounded).toBe(false);
    expect(a.body).toContain('没有写明具体数额');
  });
});

describe('a rate asked in points and set against a benchmark', () => {
  it('reads 几个点 as a share asked, 几点 as the hours', () => {
    expect(askedAmountKinds('增长率写的是几个点？')).toContain('percent');
    expect(askedAmountKinds('几点上班')).not.toContain('percent');
  });

  it('takes a rate set against an average as stated (`增速不低于全省平均水平`)', () => {
    expect(statesAmountOf('规模以上工业增加值年均增速不低于全省平均水平', ['percent'])).toBe(true);
    expect(statesAmountOf('增速高于全国平均增速', ['percent'])).toBe(true);
    expect(statesAmountOf('推动工业增加值稳步增长', ['percent'])).toBe(false);
  });
});

describe('levels counted', () => {
  it('reads 级 as what a count of grades or levels is stated in (`分为十三级`, `两级`)', () => {
    expect(askedAmountKinds('监察官一共分几个等级？')).toContain('count');
    expect(statesAmountOf('监察官等级分为十三级，依次为总监察官、一级副总监察官。', ['count'])).toBe(true);
    expect(statesAmountOf('粮食应急状态分为两级。', ['count'])).toBe(true);
    expect(statesAmountOf('监察官等级依次为总监察官、副总监察官。', ['count'])).toBe(false);
    // (A grade named, not a count of grades.)
    expect(statesAmountOf('享受长护险3级待遇的人员，支持三级公立医院建设。', ['count'])).toBe(false);
  });
});
