// Case data for suite laws41. build.mjs turns this into ../questions.jsonl, ../conversations.jsonl,
// refusal_proof.json, corpus_absent.json, sources.tsv, answer_key.md and refusal_grep.txt.
// Fields: law (key into LAWS), kind, q | turns, must, passage, art (article/paragraph, answer key only),
// sit (true = the question tells a situation instead of naming the law), lang ('en' for English questions),
// refuse + absent (refusals: key strings an answer would need, absent from the law and the whole corpus).

export const LAWS = {
  antisec: '宪法相关法/反分裂国家法(2005-03-14).md',
  eez: '宪法相关法/专属经济区和大陆架法(1998-06-26).md',
  firerank: '行政法/消防救援衔条例(2018-10-26).md',
  cabletv: '行政法规/有线电视管理暂行办法(2018-09-18).md',
  seaacc: '行政法规/海上交通事故调查处理条例(1990-03-03).md',
  mediate: '行政法规/人民调解委员会组织条例(1989-06-16).md',
  profit: '行政法规/制止牟取暴利的暂行规定(2011-01-08).md',
  guard: '行政法规/企业事业单位内部治安保卫条例(2004-09-27).md',
  milid: '行政法规/现役军人和人民武装警察居民身份证申领发放办法(2007-10-21).md',
  bigacc: '行政法规/国务院关于特大安全事故行政责任追究的规定(2001-04-21).md',
  chgparty: '司法解释/最高人民法院关于民事执行中变更、追加当事人若干问题的规定(2020-12-29).md',
  gamble: '司法解释/最高人民法院、最高人民检察院关于办理赌博刑事案件具体应用法律若干问题的解释(2005-05-11).md',
  notary: '司法解释/最高人民法院关于审理涉及公证活动相关民事案件的若干规定(2020-12-29).md',
  domain: '司法解释/最高人民法院关于审理涉及计算机网络域名民事纠纷案件适用法律若干问题的解释(2020-12-29).md',
  hoax: '司法解释/最高人民法院关于审理编造、故意传播虚假恐怖信息刑事案件适用法律若干问题的解释(2013-09-18).md',
  guar: '司法解释/最高人民法院关于执行担保若干问题的规定(2020-12-29).md',
  minor: '司法解释/最高人民法院关于审理未成年人刑事案件具体应用法律若干问题的解释(2006-01-11).md',
  ot: '案例/劳动人事/用人单位以规章制度形式否认劳动者加班事实是否有效.md',
  sport: '案例/民法典/自愿参加体育活动 意外受伤谁担责.md',
  tvbundle: '案例/消费购物/吴小秦诉陕西广电网络传媒（集团）股份有限公司捆绑交易纠纷案.md',
};

// Single-turn cases in final order (ids lw41-01 .. lw41-48 are given by position).
export const SINGLE = [
  // 01
  { law: 'antisec', kind: 'policy', sit: true, art: '第九条',
    q: '我是台湾人，在厦门开厂十来年了。万一两岸真走到非和平那一步，国家对我们这些在大陆的台湾人的财产和权益怎么说？',
    must: [['中国其他地区', '依法保护台湾同胞'], ['权利和利益']],
    passage: '国家依法保护台湾同胞在中国其他地区的权利和利益' },
  // 02
  { law: 'gamble', kind: 'condition', sit: true, art: '第九条',
    q: '过年一家人打麻将，一把输赢十块二十块的，这也会被当成赌博犯罪抓吗？',
    must: [['不以赌博论处']],
    passage: '进行带有少量财物输赢的娱乐活动' },
  // 03
  { law: 'seaacc', kind: 'number', sit: true, art: '第六条第一款第（二）项',
    q: '我们的货轮在港区外面的沿海水域跟一条船发生了碰撞，到了国内第一个港口以后，事故报告书要在几个小时内交给港务监督？',
    must: [['四十八小时']],
    passage: '船舶必须在到达中华人民共和国的第一个港口后四十八小时内' },
  // 04
  { law: 'chgparty', kind: 'date', art: '第三十条',
    q: '民事执行中变更追加当事人的那个规定：对法院作出的追加裁定不服，想申请复议，期限是几天？',
    must: [['十日']],
    passage: '可以自裁定书送达之日起十日内向上一级人民法院申请复议' },
  // 05
  { law: 'milid', kind: 'procedure', sit: true, art: '第五条',
    q: '我弟在部队服役，身份证快到期了，他人在驻地回不了老家，换证怎么办理？',
    must: [['团级以上单位'], ['代为申请']],
    passage: '向本人长期固定住址所在地的县级人民政府公安机关代为申请' },
  // 06
  { law: 'ot', kind: 'policy', sit: true, art: '案例分析第四段',
    q: '公司员工手册写着晚上九点以后才算加班，说六点到九点是吃饭休息，我们实际一直在干活，这条规定站得住吗？',
    must: [['不具有合理性', '否定了其效力']],
    passage: '时间长达3个小时，远超过合理用餐时间' },
  // 07 refusal
  { law: 'profit', kind: 'oos', refuse: true,
    q: '制止牟取暴利的暂行规定里，加价率超过百分之多少就算暴利？全国有没有一个统一的暴利标准？',
    absent: ['加价率', '暴利标准'] },
  // 08
  { law: 'firerank', kind: 'fact', art: '第十四条第（一）项',
    q: '消防救援衔条例：应届硕士研究生被招录为管理指挥人员，第一次授的是什么衔？',
    must: [['三级指挥员']],
    passage: '取得硕士学位的研究生，授予三级指挥员消防救援衔' },
  // 09
  { law: 'notary', kind: 'procedure', sit: true, art: '第二条',
    q: '公证处给我爸办的遗嘱公证内容有错，我想直接去法院起诉要求撤销这份公证书，法院会收案吗？',
    must: [['不予受理'], ['复查']],
    passage: '可以向出具公证书的公证机构提出复查' },
  // 10
  { law: 'hoax', kind: 'measure', sit: true, art: '第三条第（一）项',
    q: '有人打电话谎称某个航班上有炸弹，结果飞机半路返航了，这种人法院一般怎么量刑？',
    must: [['酌情从重处罚', '从重'], ['五年以下']],
    passage: '致使航班备降或返航；或者致使列车、船舶等' },
  // 11
  { law: 'minor', kind: 'definition', art: '第二条',
    q: '未成年人刑事案件那个司法解释里，刑法说的“周岁”具体从哪一天开始算？',
    must: [['第二天']],
    passage: '从周岁生日的第二天起算' },
  // 12
  { law: 'cabletv', kind: 'condition', sit: true, art: '第五条第二款',
    q: '我们小区物业装了一套共用天线，想顺带在里面播自己拍的小区活动录像给业主看，这样可以吗？',
    must: [['禁止']],
    passage: '禁止利用共用天线系统播放自制电视节目和录像片' },
  // 13
  { law: 'guar', kind: 'list', sit: true, art: '第五条',
    q: '我们公司打算给被法院执行的关联公司提供执行担保，除了担保书，公司这边还得交哪些材料？',
    must: [['公司章程'], ['决议']],
    passage: '应当提交符合公司法第十六条规定的公司章程' },
  // 14
  { law: 'domain', kind: 'condition', sit: true, art: '第五条第一款第（三）项',
    q: '有人把我们公司的商标抢注成了网址，还主动开价几十万要卖给我们，法院会怎么看待他这种注册行为？',
    must: [['恶意']],
    passage: '曾要约高价出售、出租或者以其他方式转让该域名' },
  // 15 refusal
  { law: 'eez', kind: 'oos', refuse: true,
    q: '专属经济区和大陆架法里有没有写南海九段线的具体走向？黄岩岛、仁爱礁周边算不算在里面？',
    absent: ['九段线', '黄岩岛', '仁爱礁'] },
  // 16
  { law: 'guard', kind: 'owner', sit: true, art: '第二十条',
    q: '厂里的保安抓小偷时下手太重把人打伤了，对方要求赔医药费，这笔钱该谁出？',
    must: [['单位应当承担', '承担赔偿责任']],
    passage: '给他人造成损害的，单位应当承担赔偿责任' },
  // 17
  { law: 'tvbundle', kind: 'fact', art: '裁判结果第三段',
    q: '吴小秦告陕西广电那个捆绑收费的案子，最高法再审最后是怎么判的？',
    must: [['撤销'], ['维持']],
    passage: '维持陕西省西安市中级人民法院' },
  // 18
  { law: 'mediate', kind: 'fact', art: '第十一条',
    q: '89年国务院那个人民调解委员会组织条例里，调委会帮老百姓调解纠纷要交钱吗？',
    must: [['不收费']],
    passage: '人民调解委员会调解民间纠纷不收费' },
  // 19
  { law: 'profit', kind: 'definition', sit: true, art: '第八条第（二）项',
    q: '商场挂着“全市最低价、清仓处理”的牌子，结果比别家还贵，这种做法在价格上属于什么性质？',
    must: [['价格欺诈']],
    passage: '以虚假的优惠价、折扣价、处理价、最低价' },
  // 20
  { law: 'sport', kind: 'condition', sit: true, art: '案情回顾第三段',
    q: '周末和球友打羽毛球双打，被对面一记扣杀打中眼睛，视力受了影响，我能要他赔钱吗？',
    must: [['自甘冒险', '自愿参加'], ['重大过失']],
    passage: '应认定为自甘冒险的行为' },
  // 21
  { law: 'bigacc', kind: 'measure', sit: true, art: '第十条第三款',
    q: '听说我们县有所中学组织初中生去鞭炮厂搞“劳动实践”，这要是查实了，校长会受什么处分？',
    must: [['撤职']],
    passage: '对校长给予撤职的行政处分' },
  // 22 refusal
  { law: 'chgparty', kind: 'oos', refuse: true,
    q: '老赖名下一点财产都没有，我能不能申请法院把他老婆也追加为被执行人？执行中变更追加当事人的规定里有这条吗？',
    absent: ['配偶为被执行人', '追加配偶', '追加其配偶'] },
  // 23
  { law: 'eez', kind: 'number', lang: 'en', art: '第二条第一款',
    q: "How far out does China's exclusive economic zone reach, measured from the baseline of the territorial sea?",
    must: [['二百海里']],
    passage: '从测算领海宽度的基线量起延至二百海里' },
  // 24
  { law: 'seaacc', kind: 'number', art: '第二十九条',
    q: '海上交通事故调查处理那个条例：船东没按时报告事故、交报告书，对船舶所有人最多能罚多少钱？',
    must: [['五千元']],
    passage: '对船舶所有人、经营人处以警告或者五千元以下罚款' },
  // 25
  { law: 'gamble', kind: 'number', art: '第一条第（二）项',
    q: '两高关于赌博刑事案件的解释：组织几个人赌、赌资累计到多少钱就算聚众赌博？',
    must: [['3人以上'], ['5万元以上']],
    passage: '组织3人以上赌博，赌资数额累计达到5万元以上的' },
  // 26
  { law: 'minor', kind: 'condition', sit: true, art: '第九条第一款第（二）项',
    q: '我儿子十六岁半，跟同学一起偷东西，他只是在门口望风，被抓后全都交代了也把钱退了，会被定成犯罪吗？',
    must: [['不认为是犯罪']],
    passage: '在共同盗窃中起次要或者辅助作用，或者被胁迫' },
  // 27
  { law: 'cabletv', kind: 'date', art: '第十六条',
    q: '有线电视管理暂行办法：对广电部门的罚款决定不服，收到处罚决定书后多少天内能申请复议？',
    must: [['15日']],
    passage: '可以在收到处罚决定书之日起15日内' },
  // 28
  { law: 'chgparty', kind: 'condition', sit: true, art: '第十条第一款',
    q: '借钱的人法院已经判了要还我，可还没执行完他就去世了，我能申请让他儿子接着还吗？要还到什么程度？',
    must: [['遗产范围内'], ['继承人']],
    passage: '取得遗产的主体为被执行人' },
  // 29
  { law: 'antisec', kind: 'owner', art: '第八条第二款',
    q: '反分裂国家法规定要采取非和平方式的话，由哪个机关来决定和组织实施？',
    must: [['国务院'], ['中央军事委员会']],
    passage: '由国务院、中央军事委员会决定和组织实施' },
  // 30 refusal
  { law: 'sport', kind: 'oos', refuse: true,
    q: '自愿参加羽毛球比赛被打伤的那个案子，宋先生有没有买运动意外险？保险最后赔了多少？',
    absent: ['意外险', '运动意外'] },
  // 31
  { law: 'milid', kind: 'condition', art: '第八条',
    q: '现役军人和武警居民身份证申领发放办法：当兵前就有身份证、现在还没过期的，服役期间要不要重新换？',
    must: [['不再换领'], ['登记备案']],
    passage: '服役期间居民身份证仍在有效期内的，不再换领新证' },
  // 32
  { law: 'ot', kind: 'number', art: '裁判结果',
    q: '用规章制度否认加班那个案例里，常某跟网络公司打官司，一审判公司付多少加班费差额？',
    must: [['32000元']],
    passage: '某网络公司支付常某加班费差额32000元' },
  // 33
  { law: 'notary', kind: 'condition', art: '第五条',
    q: '公证活动民事案件规定：当事人拿假材料去办公证，公证处审查核实都按规矩做了，公证处要不要赔？',
    must: [['不承担赔偿责任']],
    passage: '公证机构依法尽到审查、核实义务的，不承担赔偿责任' },
  // 34
  { law: 'eez', kind: 'owner', sit: true, art: '第十一条',
    q: '一家外国通信公司要从我们东海的专属经济区底下铺一条海缆过去，走哪条路线需要经过谁点头？',
    must: [['主管机关同意', '主管机关']],
    passage: '铺设海底电缆和管道的路线，必须经中华人民共和国主管机关同意' },
  // 35
  { law: 'hoax', kind: 'definition', art: '第六条',
    q: '最高法关于编造恐怖谣言那类案件的解释里，所谓“虚假恐怖信息”到底指哪些内容？',
    must: [['爆炸威胁'], ['生化威胁', '放射威胁', '劫持航空器']],
    passage: '以发生爆炸威胁、生化威胁、放射威胁、劫持航空器威胁' },
  // 36
  { law: 'firerank', kind: 'condition', sit: true, art: '第二十六条第一款',
    q: '我表哥原来是消防站的二级消防士，因为违纪被开除了，他的消防衔还能留着吗？',
    must: [['取消']],
    passage: '消防救援人员受到开除处分的' },
  // 37
  { law: 'guar', kind: 'date', sit: true, art: '第十二条第二款',
    q: '我在法院执行的时候给朋友签了担保书让他缓一缓，担保书上忘了写担保多久，那我这个担保要管多长时间？',
    must: [['一年']],
    passage: '担保书中没有记载担保期间或者记载不明的，担保期间为一年' },
  // 38 refusal
  { law: 'cabletv', kind: 'oos', refuse: true,
    q: '有线电视管理暂行办法对IPTV和OTT网络电视盒子是怎么管的？要不要单独办许可证？',
    absent: ['IPTV', 'OTT', '电视盒子', '机顶盒'] },
  // 39
  { law: 'mediate', kind: 'date', art: '第三条第二款',
    q: '人民调解委员会组织条例里，群众选出来的调解委员多久改选一次？',
    must: [['三年']],
    passage: '由群众选举产生，每三年改选一次' },
  // 40
  { law: 'domain', kind: 'owner', art: '第二条第一款',
    q: '计算机网络域名民事纠纷的司法解释：域名侵权的官司归哪一级法院管？',
    must: [['中级人民法院']],
    passage: '由侵权行为地或者被告住所地的中级人民法院管辖' },
  // 41
  { law: 'profit', kind: 'measure', sit: true, art: '第十二条',
    q: '我举报了一家趁疫情哄抬药价的药店，价格部门查实以后，多收我们的钱能退回来吗？',
    must: [['退还']],
    passage: '责令其向遭受损害的一方退还违法所得' },
  // 42
  { law: 'antisec', kind: 'list', art: '第七条第二款',
    q: '反分裂法里说两岸可以协商谈判，具体能谈哪些事？',
    must: [['敌对状态'], ['政治地位']],
    passage: '正式结束两岸敌对状态' },
  // 43
  { law: 'guard', kind: 'number', art: '第十九条',
    q: '单位内部治安保卫条例：单位有治安隐患逾期不整改，出了事造成损失，对单位罚款的幅度是多少？',
    must: [['1万元以上10万元以下']],
    passage: '对单位处1万元以上10万元以下的罚款' },
  // 44
  { law: 'chgparty', kind: 'condition', sit: true, lang: 'en', art: '第二十一条',
    q: 'A limited company that owes us money under a court judgment got itself deregistered without ever going through liquidation. During enforcement, can we go after its shareholders, and how far are they liable?',
    must: [['连带清偿责任']],
    passage: '有限责任公司的股东、股份有限公司的董事和控股股东为被执行人' },
  // 45 refusal
  { law: 'gamble', kind: 'oos', refuse: true,
    q: '朋友在境外网站用USDT（泰达币）充值下注被抓了，赌资是按下注时还是被抓时的币价折算成人民币？',
    absent: ['USDT', '泰达币', '币价'] },
  // 46
  { law: 'minor', kind: 'number', sit: true, art: '第十五条第二款',
    q: '孩子十七岁犯了事，法院判了罚金，这罚金最低不能低于多少钱？',
    must: [['五百元']],
    passage: '但罚金的最低数额不得少于五百元人民币' },
  // 47
  { law: 'tvbundle', kind: 'policy', sit: true, art: '裁判要点2',
    q: '我们这儿有线电视只有一家公司，营业厅交基本收视费时硬把付费节目的钱也一起收了，不让单交，这合法吗？',
    must: [['搭售'], ['市场支配地位']],
    passage: '不足以否认其构成反垄断法所禁止的搭售' },
  // 48
  { law: 'sport', kind: 'fact', art: '案情回顾第四段',
    q: '打羽毛球被球打伤、法院讲“自甘冒险”的那个案例，74岁的宋先生要求赔偿，法院最后怎么判的？',
    must: [['驳回']],
    passage: '驳回宋先生的全部诉讼请求' },
];

// Two-turn conversations (ids lw41c01 .. lw41c05); only the last turn is graded.
export const CONV = [
  { law: 'firerank', kind: 'multi', art: '第十五条第（二）项',
    turns: ['消防救援队伍里的消防员，干满几年能评上一级消防士？',
      '那要是从退役士兵里招进去的，之前在部队当兵的那几年怎么算？'],
    must: [['计入工作时间']],
    passage: '从退役士兵中招录的，其服役年限计入工作时间' },
  { law: 'seaacc', kind: 'multi', art: '第二十二条',
    turns: ['船在港区里面出了碰撞事故，事故报告书要在多长时间内交给当地港务监督？',
      '那这起事故引起的赔偿纠纷，想请港务监督来调解，得在多少天之内申请？'],
    must: [['三十日']],
    passage: '调解由当事人各方在事故发生之日起三十日内' },
  { law: 'guar', kind: 'multi', art: '第十一条第一款',
    turns: ['法院执行阶段，被执行人找了个亲戚做担保，法院可以暂缓执行吗？',
      '那暂缓期限到了他还是不还钱，法院能直接执行担保人的财产吗？'],
    must: [['直接裁定执行']],
    passage: '并直接裁定执行担保财产或者保证人的财产' },
  { law: 'bigacc', kind: 'multi', art: '第十九条第二款',
    turns: ['发生特大安全事故以后，事故调查一般要在多少天内完成？',
      '那调查报告交上去以后，省里多长时间内要对有关责任人拿出处理决定？'],
    must: [['30日']],
    passage: '应当自调查报告提交之日起30日内' },
  { law: 'mediate', kind: 'multi', refuse: true,
    turns: ['村里的人民调解委员会一般由几个人组成？',
      '那这些调解委员每月能领多少补贴？具体标准是多少钱？'],
    absent: ['调解委员补贴', '每月补贴'] },
];
