// What a document says about itself — who issued it, its number, when it runs, who interprets it — asked
// several at once, from the document's own head and closing lines.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { documentNumber } from '../../../src/knowledge/facts/document.ts';
import { answererOver } from '../../support/docs.ts';
import { ROOT } from '../../support/seed.ts';

describe('a document number cited in the text', () => {
  it('is the cited document’s, unless this document is about that one', () => {
    const basis = '为加快旅游业发展，按照《国务院办公厅关于促进全域旅游发展的指导意见》（国办发〔2018〕15号）相关要求，制定本意见。';
    expect(documentNumber(basis, '某县加快旅游业发展的若干意见')).toBeNull();
    const about = '近日，市政府办公室印发《某市银发经济实施方案》（某政办发〔2024〕21号）。有关负责同志答记者问。';
    expect(documentNumber(about, '有关负责同志就《某市银发经济实施方案》答记者问')).toBe('某政办发〔2024〕21号');
  });

  it('is read when a page spaces it (`穗埔府规〔2025〕12 号`)', () => {
    expect(documentNumber('政策文号：某埔府规〔2025〕12 号\n实施日期：2025-09-25')).toBe('某埔府规〔2025〕12号');
  });
});

describe('several asks of the document itself', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({
      '某省扩大开放实施意见.txt':
        '某省扩大开放实施意见\n某省推进“三地一区”建设领导小组改革开放新高地执行小组办公室关于印发某省扩大开放实施意见的通知\n（某开放办〔2022〕6号）\n省有关单位：\n现印发给你们，请认真贯彻执行。\n' +
        '某省推进“三地一区”建设领导小组改革开放新高地执行小组办公室\n2022年3月23日\n一、发展目标\n提升贸易和投资水平。\n二、重点任务\n1.扩大出口。建立税率对比清单。（省商务厅负责）\n2.扩大进口。推动采购来源多元化。（省商务厅负责）\n',
      '某县加快旅游业发展的若干意见.txt':
        '某县加快旅游业发展的若干意见\n按照《国务院办公厅关于促进全域旅游发展的指导意见》（国办发〔2018〕15号）相关要求，制定本意见。\n一、景区建设\n1.优先发展乡村旅游。\n对乡村旅游项目优先安排用地。\n' +
        '2.奖励政策实行申报制。符合条件者向县旅游办提出申报。\n本意见由县旅游产业发展领导小组负责解释，自2019年1月1日起执行，暂定三年。\n',
    }));
  });

  it('names a long signing office and the number together', async () => {
    const a = plainText(await answerer.ask('扩大开放实施意见是哪个机构印发的，文号是什么？'));
    expect(a).toContain('某开放办〔2022〕6号');
    expect(a).toContain('改革开放新高地执行小组办公室');
  });

  it('reads a date asked with the issuer said in between (`哪天由…印发的`)', async () => {
    const a = plainText(await answerer.ask('扩大开放实施意见是哪天由执行小组办公室印发的？文号是多少？'));
    expect(a).toContain('2022年3月23日');
    expect(a).toContain('某开放办〔2022〕6号');
  });

  it('gives the start, the term and the interpreter from the closing sentence, and no cited number', async () => {
    const a = plainText(await answerer.ask('旅游业发展的若干意见从哪天开始执行？有效期多长？由谁解释？'));
    expect(a).toContain('2019年1月1日');
    expect(a).toContain('暂定三年');
    expect(a).toContain('县旅游产业发展领导小组负责解释');
    expect(plainText(await answerer.ask('旅游业发展的若干意见的文号是多少？'))).not.toContain('国办发〔2018〕15号');
  });

  it('gives the number and the term asked together (文号和有效期)', async () => {
    const { answerer: one } = await answererOver({
      '某区中小企业助保贷业务管理办法.txt':
        '某区中小企业助保贷业务管理办法\n某科工信规字〔2024〕1号\n第一条 为缓解中小企业融资难，制定本办法。\n第二条 助保贷业务由区科技工业信息化局负责。\n' +
        '第三条 本办法自印发之日起实施，有效期至2027年12月31日。\n',
    });
    const a = plainText(await one.ask('助保贷管理办法的文号和有效期是？'));
    expect(a).toContain('某科工信规字〔2024〕1号');
    expect(a).toContain('2027年12月31日');
  });

  it('reads a validity asked of a thing the document sets, named in a clause before it, as that thing\'s', async () => {
    // (The 国家医保局 notice of eval/real49: its attached rules close with `本规程自2023年1月1日起实施`.)
    const name = '关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知.txt';
    const { answerer: one } = await answererOver({ [name]: readFileSync(path.join(ROOT, 'eval/real49/knowledge', name), 'utf8') });
    const a = plainText(await one.ask('临时去外地看病办的异地就医备案，有效期一般是多久？'));
    expect(a).toContain('不少于6个月');
    expect(a).not.toContain('本规程自2023年1月1日起实施');
  });

  it('gives the day a document in force from its issue took effect: its own date', async () => {
    const { answerer: one } = await answererOver({
      '某区中小企业助保贷业务管理办法.txt':
        '某区中小企业助保贷业务管理办法\n某科工信规字〔2024〕1号\n某区科技工业信息化局\n2024年8月28日\n第一条 为缓解中小企业融资难，制定本办法。\n' +
        '第二条 助保贷业务由区科技工业信息化局负责。\n第三条 本办法自印发之日起实施，有效期至2027年12月31日。\n',
    });
    const a = plainText(await one.ask('助保贷管理办法什么时候开始实施？'));
    expect(a).toContain('自印发之日起实施');
    expect(a).toContain('2024年8月28日');
    // (How long it runs is no ask of a day.)
    expect(plainText(await one.ask('助保贷管理办法有效期多久？'))).not.toContain('2024年8月28日');
  });

  it('names the earlier documents it repeals, asked as 作废 or 废止', async () => {
    const { answerer: one } = await answererOver({
      '某市临时救助实施细则.txt':
        '某市临时救助实施细则\n第一条 为规范临时救助工作，制定本细则。\n第二条 临时救助由区民政部门负责。\n' +
        '第三条 本细则自2025年1月1日起施行。《某市人民政府办公厅关于印发某市临时救助办法的通知》（某府办规〔2019〕13号）同时废止。\n',
    });
    for (const q of ['临时救助实施细则出来后，以前哪些文件作废了？', '临时救助实施细则废止了哪些文件']) {
      const a = plainText(await one.ask(q));
      expect(a, q).toContain('某府办规〔2019〕13号');
    }
  });

  it('reads "take effect" in English', async () => {
    const a = plainText(await answerer.ask('When did the tourism development opinions take effect?'));
    expect(a).toContain('2019年1月1日');
  });
});

describe('a count and a date of the document asked together', () => {
  it('gives both (一共多少条 and 哪天开始施行)', async () => {
    const law =
      '中华人民共和国渔船管理法\n第一章 总则\n第一条 为了加强渔船管理，制定本法。\n第二条 本法适用于渔船的登记和检验。\n' +
      '第二章 登记\n第三条 渔船应当依法登记。\n第四条 登记机关应当在十日内作出决定。\n第三章 附则\n第五条 本法自2027年3月1日起施行。\n';
    const { answerer } = await answererOver({ '中华人民共和国渔船管理法.txt': law });
    const a = plainText(await answerer.ask('渔船管理法从哪天开始施行？一共多少条？'));
    expect(a).toContain('五条');
    expect(a).toContain('2027年3月1日');
  });
});

describe('when the document runs out', () => {
  // A web page's copy: the notice's own name first, then the links a government site lists under it
  // (`《…》政策解读`), then the notice; its closing sentence says `本文件…30日后施行…有效期截至…`.
  const page =
    '关于印发《某市支持冷链物流发展政策措施（2025—2027年）》的通知\n某市商务委员会\n政策解读\n《某市支持冷链物流发展政策措施（2025—2027年）》政策解读\n' +
    '某市商务委员会\n关于印发《某市支持冷链物流发展政策措施（2025—2027年）》的通知\n各有关单位：\n现印发给你们，请认真贯彻执行。\n某市商务委员会\n2025年6月30日\n' +
    '某市支持冷链物流发展政策措施（2025—2027年）\n一、冷库建设激励\n对新建冷库给予一次性激励，最高不超过200万元。（责任单位：市商务委）\n' +
    '二、冷链车辆激励\n对购置冷藏车的企业按购置价的5%给予激励。（责任单位：市商务委）\n' +
    '本文件自公布之日起30日后施行，政策措施从2025年1月1日起算，有效期截至2027年12月31日。\n';
  const name = '关于印发《某市支持冷链物流发展政策措施（2025—2027年）》的通知';

  it('is the closing sentence, asked as 到期 or 哪天到期', async () => {
    const { answerer, index } = await answererOver({ [`${name}.txt`]: page });
    // (The notice's own first line names it, not the interpretation its page links to.)
    expect(index.documents[0]!.title).toBe('关于印发《某市支持冷链物流发展政策措施(2025—2027年)》的通知');
    for (const q of ['冷链物流政策什么时候到期？', '冷链物流那个政策，到期日具体是哪一天？']) {
      const a = await answerer.ask(q);
      expect(a.grounded, q).toBe(true);
      expect(plainText(a), q).toContain('2027年12月31日');
    }
  });

  it('is no answer to when something the document funds falls due', async () => {
    const { answerer } = await answererOver({ [`${name}.txt`]: page });
    expect(plainText(await answerer.ask('冷链物流政策里冷藏车贷款什么时候到期？'))).not.toContain('2027年12月31日');
  });
});

describe('the order that published a regulation', () => {
  it('is the head line that says 公布, asked as 第几号令, beside when it took effect', async () => {
    const reg =
      '# 渔港管理条例\n\n2026年3月1日 国务院第99次常务会议通过\n\n2026年4月2日 中华人民共和国国务院令第901号公布\n\n2026年7月1日 施行\n\n<!-- INFO END -->\n\n' +
      '第一条 为了加强渔港管理，制定本条例。\n\n第二条 渔港由县级以上人民政府渔业主管部门管理。\n\n第三条 本条例自2026年7月1日起施行。\n';
    const { answerer } = await answererOver({ '渔港管理条例(2026-04-02).md': reg });
    const a = plainText(await answerer.ask('渔港管理条例是国务院第几号令公布的？哪天开始施行'));
    expect(a).toContain('国务院令第901号');
    expect(a).toContain('2026年7月1日');
  });

  it('is not some other dated line of a document whose head names no order', async () => {
    const rules =
      '某局渔港检查暂行办法\n《某局渔港检查暂行办法》已经2026年2月14日第5次局务会议审议通过，现予以公布，自2026年5月1日起施行。\n' +
      '第一条 为了规范渔港检查，制定本办法。\n第二条 检查由渔业主管部门组织。\n第三条 本办法自2026年5月1日起施行。\n';
    const { answerer } = await answererOver({ '某局渔港检查暂行办法.txt': rules });
    expect(plainText(await answerer.ask('渔港检查暂行办法是第几号令？'))).not.toContain('2026年5月1日');
  });
});
