// Case data for suite laws42.  Paths are relative to /work/shared/corpus/laws/.
// Fields: law (key of LAWS), kind, q | turns, must (groups of alternatives), passage (10-30 chars of ONE line),
// art (where the answer stands), sit (tells a situation instead of naming the text), lang ('en' for English),
// refuse + absent (key strings an answer would need; absent from the law and from the whole corpus).

export const LAWS = {
  zhujun: '宪法相关法/香港特别行政区驻军法(1996-12-30).md',
  jingxian: '行政法/人民警察警衔条例(2009-08-27).md',
  yubeiyi: '行政法/预备役军官法(2010-08-28).md',
  yishi: '宪法相关法/全国人民代表大会议事规则(2021-03-11).md',
  guokuquan: '行政法规/国库券条例(2011-01-08).md',
  qiangxian: '行政法规/军队参加抢险救灾条例(2005-06-07).md',
  nongpu: '行政法规/全国农业普查条例(2006-08-23).md',
  feixing: '行政法规/飞行基本规则(2007-10-18).md',
  chubeiliang: '行政法规/中央储备粮管理条例(2016-02-06).md',
  lianwang: '行政法规/计算机信息网络国际联网安全保护管理办法(2011-01-08).md',
  shiguan: '行政法规/海关总署关于外国驻中国使馆和使馆人员进出境物品的规定(2011-01-08).md',
  jungong: '行政法规/军用饮食供应站供水站管理办法(2019-03-02).md',
  qiangduo: '司法解释/最高人民法院、最高人民检察院关于办理抢夺刑事案件适用法律若干问题的解释(2013-11-11).md',
  baoxian4: '司法解释/最高人民法院关于适用《保险法》若干问题的解释（四）(2020-12-29).md',
  dupin: '司法解释/最高人民法院关于审理毒品犯罪案件适用法律若干问题的解释(2016-04-06).md',
  fajing: '司法解释/最高人民法院关于人民法院司法警察依法履行职权的规定(2020-06-28).md',
  huibi: '司法解释/最高人民法院关于审判人员在诉讼活动中执行回避制度若干问题的规定(2011-06-10).md',
  jiabanfei: '案例/劳动人事/劳动者在离职文件上签字确认加班费已结清，是否有权请求支付欠付的加班费.md',
  wumou: '案例/消费购物/邬某诉某旅游App经营公司网络服务合同纠纷案.md',
  zhaomou: '案例/行政协议诉讼/赵某某诉山东省济南市历城区人民政府不履行拆迁安置补偿协议案.md',
};

export const SINGLE = [
  // 01
  { law: 'zhujun', kind: 'condition', sit: true, art: '第二十三条',
    q: '我是香港居民，被一个放假出来逛街的驻港解放军士兵打伤了，他当时不是在执行任务，我要他赔钱应该去哪个法院起诉？',
    must: [['特别行政区法院']], passage: '非执行职务的行为引起的民事侵权案件，由香港特别行政区法院管辖' },
  // 02
  { law: 'jingxian', kind: 'number', art: '第七条',
    q: '人民警察警衔条例里，警衔一共分成几等几级？',
    must: [['五等十三级']], passage: '人民警察警衔设下列五等十三级' },
  // 03
  { law: 'yubeiyi', kind: 'date', art: '第三十五条第二款',
    q: '按预备役军官法，军官退出现役、转服军官预备役的，回到安置地以后最晚多少天之内得去县人武部做登记？',
    must: [['三十日']], passage: '应当自到达安置地之日起三十日内' },
  // 04
  { law: 'yishi', kind: 'number', art: '第五十七条第一款',
    q: '人大议事规则里，代表在全体大会上发言能讲几次？每次最多讲多长时间？',
    must: [['十分钟'], ['五分钟']], passage: '第一次不超过十分钟，第二次不超过五分钟' },
  // 05
  { law: 'guokuquan', kind: 'policy', sit: true, art: '第十二条',
    q: '家里老人前几年买了不少国库券，到期拿到的那部分利息，还要不要交个人所得税？',
    must: [['免税']], passage: '国库券的利息收入享受免税待遇' },
  // 06
  { law: 'qiangxian', kind: 'procedure', sit: true, art: '第四条第二款',
    q: '我们县里发大水了，县政府想请部队来帮忙抢险，按正常程序这个请求应该通过谁去提出？',
    must: [['军事机关']], passage: '由县级以上地方人民政府通过当地同级军事机关提出' },
  // 07 refusal
  { law: 'guokuquan', kind: 'oos', refuse: true,
    q: '国库券条例里有没有说今年发行的国库券年利率是多少？三年期的能拿多少利息？',
    absent: ['国库券年利率', '三年期国库券', '国库券利率为'] },
  // 08
  { law: 'nongpu', kind: 'date', sit: true, art: '第八条',
    q: '村干部说今年要搞全国农业普查，这种普查隔多少年才搞一回？一般是哪些年份？',
    must: [['10年'], ['尾数逢6', '逢6']], passage: '农业普查每10年进行一次，尾数逢6的年份为普查年度' },
  // 09
  { law: 'feixing', kind: 'number', art: '第十五条第二款',
    q: '飞行基本规则里航路一般规定多宽？中心线两边各占多少？',
    must: [['20公里'], ['10公里']], passage: '航路的宽度为20公里，其中心线两侧各10公里' },
  // 10
  { law: 'chubeiliang', kind: 'condition', sit: true, art: '第三十一条第一款',
    q: '我们粮库替中储粮代储中央储备粮，现在企业资金紧张，能不能拿库里的储备粮去给银行做担保，或者抵一部分欠款？',
    must: [['不得以中央储备粮', '不得'], ['清偿债务', '对外进行担保']], passage: '承储企业不得以中央储备粮对外进行担保或者对外清偿债务' },
  // 11
  { law: 'lianwang', kind: 'date', sit: true, lang: 'en', art: '第十二条第一款',
    q: 'Our company has just connected its internal network to the international internet. Within how many days after the network officially goes live do we have to file with the public security authorities?',
    must: [['30日', '30']], passage: '应当自网络正式联通之日起30日内' },
  // 12
  { law: 'shiguan', kind: 'number', sit: true, art: '第九条第一款',
    q: '我是某国驻华使馆的行政技术人员，不是中国公民，刚到任，准备把家当运进来，车子能免税带几辆？',
    must: [['1辆']], passage: '在直接需用数量范围内(其中汽车每户限1辆)' },
  // 13
  { law: 'jungong', kind: 'owner', sit: true, art: '第二条',
    q: '我们市火车站旁边有个军用饮食供应站，平时是归哪个部门管的？',
    must: [['退役军人事务部门']], passage: '由退役军人事务部门负责管理' },
  // 14
  { law: 'qiangduo', kind: 'condition', sit: true, art: '第六条第一项',
    q: '有人骑电动车从路人手里抢包，对方死死拽着不撒手，他硬是把包扯走了，这种还按抢夺算吗？',
    must: [['抢劫罪']], passage: '夺取他人财物时因被害人不放手而强行夺取的' },
  // 15 refusal
  { law: 'qiangduo', kind: 'oos', refuse: true,
    q: '抢夺罪“数额较大”的具体标准，广东省现在执行的是多少钱？',
    absent: ['广东省抢夺', '广东抢夺', '广东省执行的抢夺'] },
  // 16
  { law: 'baoxian4', kind: 'condition', sit: true, art: '第一条',
    q: '我买了辆二手车，车已经开回家了，但还没去过户，结果出了事故。我能不能以被保险人的身份，找原车主投保的那家保险公司理赔？',
    must: [['应予支持', '被保险人权利']], passage: '承担保险标的毁损灭失风险的受让人' },
  // 17
  { law: 'dupin', kind: 'policy', sit: true, art: '第十二条第三款',
    q: '我表哥让他亲弟弟在自己家里吸了一次毒，被派出所发现了，这种容留的是自家亲兄弟，也一定算犯罪吗？',
    must: [['不作为犯罪处理', '不作为犯罪']], passage: '容留近亲属吸食、注射毒品，情节显著轻微危害不大的' },
  // 18
  { law: 'fajing', kind: 'owner', sit: true, art: '第二条第一款',
    q: '去法院旁听庭审，有人在法庭上大吵大闹，法警是自己看着办还是要听谁的指令来处理？',
    must: [['审判长']], passage: '应当依照审判长或者独任法官的指令' },
  // 19
  { law: 'huibi', kind: 'condition', sit: true, art: '第七条',
    q: '一审输了以后才发现，主审法官是对方当事人的表哥，他也没回避。我上诉的话，二审法院会怎么处理？',
    must: [['撤销原判'], ['发回']], passage: '有违反本规定第一条至第三条规定的' },
  // 20
  { law: 'jiabanfei', kind: 'fact', sit: true, art: '案例分析',
    q: '离职那天公司让我在交接表上签了“加班费已结清、无其他争议”，其实一分钱加班费都没给。我签过字了还能要回来吗？有没有类似的判例？',
    must: [['真实意思', '胁迫']], passage: '不能认定为肖某的真实意思表示' },
  // 21
  { law: 'wumou', kind: 'fact', sit: true, art: '裁判结果',
    q: '在旅游App上订了国外的酒店，页面写的是“到店支付”，结果一下单银行卡就被扣了全款，后来没去住，这钱能要回来吗？法院一般怎么看？',
    must: [['退还'], ['特别提示', '提示和说明', '显著方式']], passage: '但对这种例外情形应当进行特别提示和说明' },
  // 22 refusal
  { law: 'qiangxian', kind: 'oos', refuse: true,
    q: '部队官兵参加抢险救灾，每人每天的伙食补助标准是多少钱？',
    absent: ['抢险救灾伙食补助', '每人每天伙食补助', '伙食补助标准为'] },
  // 23
  { law: 'zhaomou', kind: 'owner', sit: true, art: '典型意义',
    q: '政府跟我签了拆迁安置协议，房子都拆完了，现在又说我不符合政策不给安置房。打官司的话，到底该由谁来证明能不能不履行？',
    must: [['行政机关'], ['举证责任']], passage: '负有履行义务的行政机关应当对其不履行义务承担举证责任' },
  // 24
  { law: 'zhujun', kind: 'owner', art: '第十二条第二款',
    q: '香港驻军法里，驻军的军事禁区具体在哪、范围多大，是由谁对外宣布的？',
    must: [['香港特别行政区政府']], passage: '军事禁区的位置、范围由香港特别行政区政府宣布' },
  // 25
  { law: 'jingxian', kind: 'policy', sit: true, art: '第十九条第一款',
    q: '我爸干了三十多年警察，今年退休了，他的警衔还算不算？退休以后还能戴着警衔标志吗？',
    must: [['予以保留', '保留'], ['不得佩带', '佩带']], passage: '人民警察离休、退休的，其警衔予以保留' },
  // 26
  { law: 'yubeiyi', kind: 'number', art: '第五十七条第一款',
    q: '预备役军官法规定，担任营级职务的预备役军事军官，平时服预备役最多到多少岁？',
    must: [['四十五岁', '四十五']], passage: '担任营级职务的，四十五岁' },
  // 27
  { law: 'yishi', kind: 'date', sit: true, art: '第三十二条',
    q: '我是全国人大代表，开会的时候提了一条关于乡村医生待遇的建议，承办部门多长时间内必须给我答复？',
    must: [['三个月'], ['六个月']], passage: '负责在交办之日起三个月内，至迟不超过六个月' },
  // 28
  { law: 'guokuquan', kind: 'condition', sit: true, art: '第八条',
    q: '手头有几张国库券，急着用钱，能不能直接当现金付给别人？或者拿去押给人家借点钱？',
    must: [['不得作为货币流通', '不得作为货币'], ['用于抵押']], passage: '国库券可以用于抵押，但是不得作为货币流通' },
  // 29
  { law: 'qiangxian', kind: 'owner', sit: true, art: '第十三条第一款',
    q: '我们市政府组织抗洪，请了驻军来帮忙，部队这次抢险用的油料、器材、生活补助这些花费，最后是市里出还是中央出？',
    must: [['地方财政']], passage: '军队参加地方人民政府组织的抢险救灾所耗费用由地方财政负担' },
  // 30 refusal
  { law: 'jungong', kind: 'oos', refuse: true,
    q: '军供站管理办法出台以后，全国一共设了多少个常设军供站？主要分布在哪些城市？',
    absent: ['个常设军供站', '常设军供站共', '军供站数量', '个军供站'] },
  // 31
  { law: 'nongpu', kind: 'measure', art: '第三十九条第二款',
    q: '全国农业普查条例对虚报、拒报普查资料的农业生产经营户，最高能罚多少钱？',
    must: [['1万元']], passage: '农业生产经营户有前款所列违法行为之一的' },
  // 32
  { law: 'feixing', kind: 'condition', sit: true, art: '第三十八条第二款',
    q: '我们飞行俱乐部一架转场的飞机，过了预定起飞时间一个多小时还没飞，也没有申请延期，原来批的那个飞行申请还有效吗？',
    must: [['失效']], passage: '转场航空器超过预定起飞时间一小时仍未起飞' },
  // 33
  { law: 'chubeiliang', kind: 'number', art: '第十六条第一款',
    q: '中央储备粮管理条例里，储备粮每年大概要轮换掉多大比例？',
    must: [['20%至30%', '20%']], passage: '每年轮换的数量一般为中央储备粮储存总量的20%至30%' },
  // 34
  { law: 'lianwang', kind: 'procedure', art: '第十条第六项',
    q: '公安部那个国际联网安全保护的管理办法里，接入单位发现网上有违法有害信息，要多长时间内报给当地公安？',
    must: [['24小时']], passage: '并在24小时内向当地公安机关报告' },
  // 35
  { law: 'shiguan', kind: 'date', art: '第六条',
    q: '海关总署关于使馆进出境物品的那个规定里，使馆申报了违禁物品、被海关扣下来以后，多少天内得退运？过期怎么办？',
    must: [['90天'], ['上缴国库']], passage: '有关使馆或者使馆人员应当在90天内退运' },
  // 36
  { law: 'jungong', kind: 'list', art: '第三条',
    q: '军供站管理办法里说，军供站主要保障哪些人路上的吃饭喝水？',
    must: [['新兵'], ['老兵', '民兵', '民工']], passage: '军供站的任务是保障成批过往的部队、入伍的新兵' },
  // 37
  { law: 'qiangduo', kind: 'number', art: '第一条第一款',
    q: '两高2013年抢夺罪的司法解释，“数额较大”是从多少钱起算的？',
    must: [['一千元至三千元', '一千元']], passage: '抢夺公私财物价值一千元至三千元以上' },
  // 38 refusal
  { law: 'fajing', kind: 'oos', refuse: true,
    q: '最高法关于司法警察履职的规定里，法警执行死刑有没有补贴？每次补贴标准是多少？',
    absent: ['执行死刑补贴', '死刑执行补贴', '执行死刑津贴'] },
  // 39
  { law: 'baoxian4', kind: 'date', art: '第十八条',
    q: '保险法司法解释四里，商业责任险的被保险人起诉保险公司要赔保险金，诉讼时效从哪一天开始算？',
    must: [['赔偿责任确定之日']], passage: '自被保险人对第三者应负的赔偿责任确定之日起计算' },
  // 40
  { law: 'dupin', kind: 'number', art: '第一条第一款第十项',
    q: '2016年那个毒品犯罪司法解释里，大麻叶和大麻烟要多少才算“其他毒品数量大”？',
    must: [['一百五十千克']], passage: '大麻油五千克、大麻脂十千克、大麻叶及大麻烟一百五十千克以上' },
  // 41
  { law: 'fajing', kind: 'list', art: '第一条第二项',
    q: '最高法法警依法履职的规定里，司法警察在刑事审判中具体要干哪些事？',
    must: [['押解'], ['传带证人', '强制证人出庭令', '展示证据']], passage: '传递、展示证据，执行强制证人出庭令' },
  // 42
  { law: 'huibi', kind: 'definition', art: '第一条第二款',
    q: '最高法审判人员回避规定里说的“近亲属”，具体包括哪些亲属？',
    must: [['三代以内旁系血亲'], ['近姻亲']], passage: '三代以内旁系血亲及近姻亲关系的亲属' },
  // 43
  { law: 'jiabanfei', kind: 'number', art: '裁判结果',
    q: '肖某被派遣到快递公司送件、离职时签了“加班费已结清”的那个案子，二审最后判两家公司给他多少加班费？',
    must: [['24404.89'], ['连带']], passage: '某科技公司与某快递公司连带支付肖某加班费24404.89元' },
  // 44
  { law: 'wumou', kind: 'fact', art: '基本案情',
    q: '邬某告旅游App那个案子，App公司当时是拿什么理由拒绝退款的？',
    must: [['预先收取全额预订费用', '预先收取']], passage: '部分酒店住宿可能会对您的银行卡预先收取全额预订费用' },
  // 45 refusal
  { law: 'zhaomou', kind: 'oos', refuse: true,
    q: '济南历城区那个拆迁安置协议案，赵某某最后拿到的94平安置房在哪个小区？按每平方米多少钱结算的？',
    absent: ['安置房结算', '每平方米结算', '雪山片区安置小区'] },
  // 46
  { law: 'zhaomou', kind: 'fact', art: '基本案情',
    q: '赵某某跟济南历城区政府打的那个拆迁安置协议官司，政府当初是以什么理由不给他安置房的？',
    must: [['福利分房'], ['重复安置']], passage: '决定对赵某某家庭不再依约进行房屋安置' },
  // 47
  { law: 'yubeiyi', kind: 'measure', art: '第五十三条第一款',
    q: '预备役军官法里讲，在企业上班的预备役军官去参加军事训练那段时间，单位工资奖金还发不发？',
    must: [['照发工资'], ['福利待遇不变']], passage: '由其所在单位照发工资和奖金，其享受的福利待遇不变' },
  // 48
  { law: 'feixing', kind: 'number', lang: 'en', art: '第一百一十四条',
    q: "Under China's Basic Flight Rules, how many minutes before entering or leaving Chinese airspace must a foreign aircraft's crew report to air traffic control?",
    must: [['20至15分钟', '20']], passage: '飞入或者飞出领空前20至15分钟' },
];

export const CONV = [
  // c01
  { law: 'yishi', kind: 'multi', art: '第五十条第二款',
    turns: ['全国人大开会期间，代表能对国务院的部委提质询案吗？要怎么提？', '那要是代表对这个部委的答复不满意呢？还有什么办法？'],
    must: [['再作答复']], passage: '代表团对答复质询不满意的，可以提出要求，经主席团决定' },
  // c02
  { law: 'nongpu', kind: 'multi', art: '第三十三条',
    turns: ['农业普查员上门问我家种了几亩地、养了几头猪，这些我必须如实讲吗？', '那我告诉他们的这些家里情况，会不会被拿去干别的用？'],
    must: [['保密'], ['普查以外']], passage: '应予保密，不得用于普查以外的目的' },
  // c03
  { law: 'chubeiliang', kind: 'multi', art: '第三十八条',
    turns: ['中央储备粮，地方政府或者粮食企业能不能自己决定拿出来用？', '那一般遇到什么情况才可以动用它？'],
    must: [['供不应求', '价格异常波动'], ['重大自然灾害', '突发事件']], passage: '全国或者部分地区粮食明显供不应求或者市场价格异常波动' },
  // c04
  { law: 'baoxian4', kind: 'multi', art: '第四条第二款',
    turns: ['保险法司法解释四里，法院判断保险标的“危险程度显著增加”要看哪些因素？', '那要是这种危险的增加，保险公司签合同的时候就已经预见到了呢？还算吗？'],
    must: [['不构成']], passage: '不构成危险程度显著增加' },
  // c05 refusal
  { law: 'shiguan', kind: 'multi', refuse: true,
    turns: ['外国使馆发送或者收到的外交邮袋，海关会开箱检查吗？', '那外交邮袋有没有重量或者尺寸上限？最多能有多重？'],
    absent: ['邮袋重量', '邮袋尺寸', '外交邮袋最大'] },
];
