import {
  WRT_config
} from "@/components/common/Tmap";
const {
  server
} = WRT_config;
let book_data = [{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 1,
  text: [],
  title: "",
  type: 1,
  page:"2",
  id:"zc2"
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 0,
  text: [],
  title: "",
  type: 2,
  page:"3",
  id: "zc3"
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 0,
  text: [""],
  title: "",
  type: 1,
  page:"4",
  id: "zc4",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 1,
  title: "",
  text: [],
  type: 2,
  page:"5",
  id: "zc5",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 1,
  title: "",
  text: [""],
  type: 1,
  page:"6",
  id: "zc6",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"7",
  id: "zc7",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"8",
  id: "zc8",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"9",
  id: "zc9",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"10",
  id: "zc10",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"11",
  id: "zc11",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"12",
  id: "zc12",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"13",
  id: "zc13",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"14",
  id: "zc14",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"15",
  id: "zc15",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"16",
  id: "zc16",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"17",
  id: "zc17",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"18",
  id: "zc18",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"19",
  id: "zc19",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"20",
  id: "zc20",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"21",
  id: "zc21",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"22",
  id: "zc22",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"23",
  id: "zc23",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"24",
  id: "zc24",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"25",
  id: "zc25",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"26",
  id: "zc26",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"27",
  id: "zc27",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"28",
  id: "zc28",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"29",
  id: "zc29",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"30",
  id: "zc30",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"31",
  id: "zc31",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"32",
  id: "zc32",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"33",
  id: "zc33",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"34",
  id: "zc34",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"35",
  id: "zc35",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"36",
  id: "zc36",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"37",
  id: "zc37",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"38",
  id: "zc38",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"39",
  id: "zc39",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"40",
  id: "zc40",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"41",
  id: "zc41",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"42",
  id: "zc42",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"43",
  id: "zc43",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"44",
  id: "zc44",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"45",
  id: "zc45",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"46",
  id: "zc46",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"47",
  id: "zc47",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"48",
  id: "zc48",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"49",
  id: "zc49",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"50",
  id: "zc50",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"51",
  id: "zc51",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"52",
  id: "zc52",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"53",
  id: "zc53",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"54",
  id: "zc54",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"55",
  id: "zc55",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"56",
  id: "zc56",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"57",
  id: "zc57",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"58",
  id: "zc58",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"59",
  id: "zc59",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-2.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"60",
  id: "zc60",
},{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 2,
  page:"61",
  id: "zc61",
},
{
  img: `${server}/icon/canvassImg/book/鹿城区招商宣传手册_确认版-28-1.png`,
  num: 2,
  title: "",
  text: [],
  type: 1,
  page:"62",
  id: "zc62",
}
];

export default num => {
  const data = book_data;
  $(".flipbook").html("");
  let b_ok = true,
    b_num = 0;
  let html = "";
  let pH = "";

  for (let i = 0; i < data.length; i++) {
    if (b_ok) {
      let type = data[i].type,
        p_text = data[i].text,
        page_html = "",
        title = data[i].title,
        isImg = data[i].isimg;

      let isshow = "block";

      if (i == data.length - 1) {
        isshow = "none";
      }
      if (type == 1) {
         if (data[i].id === "zc2") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>社、特色乡村农家乐等带动低收入农户明显增收的产业项目：带动指定低收入农户年增收2000元以上，带动20-25户补助4万元，带动26-30户补助5万元，带动31-35户补助6万元，带动36-40户补助7万元，带动41户以上补助8万元，原则上每个低收入农户补助金额不超过其年总增收金额。低收入农户来料加工的企业和来料加工中心点的来料加工项目：参与来料加工的低收入农户在8人以上，从业人员人均年加工费收入在3万元以上的，给予经纪人补助加工费的20%，项目和中心点不重复补助。每年安排不少于20万元的省级结对帮扶资金，用于省级结对帮扶村的项目帮扶，根据结对帮扶村上报的项目实施情况和工程进度予以拨付。</p>
          <p>3.深入建设“三位一体”农村新型合作体系。新获国家级、省级、市级示范性“三位一体”合作组织的，分别一次性奖励5万元、2万元、1万元。“三位一体”合作组织或农业专业协会开展资金互助的，经审核用于农业开发项目并经区政府同意后，予以1%的贷款贴息补助，对新建立的“三位一体”区域性服务组织一次性奖励10万元。</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc4") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>龙工程）农业龙头企业称号，分别一次性奖励10万元、5万元、1万元。新获得国家级、省级、市级示范性农民专业合作组织和家庭农场，分别奖励3万元、1万元、5000元。重点对当年大棚蔬菜瓜果种植面值达到30至50亩的奖励1万元，达到50亩以上的奖励2万元。推进阳光农场建设，资金采取“以奖代补”方式，原则上单个项目补助资金不得超过项目总投入的70%，奖补资金不超过30万元。</p>
          <p>5.培育壮大农业产业经营主体。对获国家级、省级、市级（百龙工程）农业龙头企业称号，分别一次性奖励10万元、5万元、1万元。新获得国家级、省级、市级示范性农民专业合作组织和家庭农场，分别奖励3万元、1万元、5000元。重点对当年大棚蔬菜瓜果种植面值达到30至50亩的奖励1万元，达到50亩以上的奖励2万元。推进阳光农场建设，资金采取“以奖代补”方式，原则上单个项目补助资金不得超过项目总投入的70%，奖补资金不超过30万元。</p>
          <p>6.鼓励发展农业机械化。支持农机农艺融合发展，对获得国家、省、市级农机化（机器换人）示范基地（点）的，当年分</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc6") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>级精品民宿的，一次性给予3万元奖励。</p>
          <p>8.扶持农业实体经济发展，解决企业人才子女小学阶段入学。扶持实体经济发展。在我区总投资亿元以上农业项目，并且当年市外引进实际投资额在5000万元以上或近3年市外累计投资额达1.5亿元以上企业的高管、投资人，且缴纳五险1年以上，奖励该人才子女公办小学起始阶段入学名额1名。</p>
          <p>三、培育农业新产业新业态</p>
          <p>9.支持发展粮食新业态新规模。粮食生产大户持有规范农村土地流转合同，且当年水稻规模复种面积100-200亩的，奖励1万元，200至300亩的奖励2万元，300亩至500亩的奖励3万元，500亩以上的奖励5万元。农户在粮食作物播种前与粮食收储企业签订购销合同，并且在粮食作物收获后及时履行合同，根据粮食收储企业入库单核定数额，经区农业农村局审核后，给予农户每50公斤粮食补助5元。改造提升农田基础设施，推进粮食功能区建设，引导农田水利、农业综合开发、标准农田地力提升等项目在粮食功能区实施，形成多渠道、多元化的资金投入机制，对列入年度建设计划的粮食生产功能区给予全额补助。</p>
         
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc8") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>渔民减船转产补助：对每艘钢制渔船减船转产补助2万元，每艘木质渔船减船转产补助1.5万元。</p>
          <p>四、构建绿色生态屏障</p>
          <p>12.推广应用商品有机肥。为提高耕地土壤肥力、农产品品质和质量安全水平，促进生态循环农业发展，对相对集中连片种植的农民专业合作社、种植大户、家庭农场和农业龙头企业等规模化主体推广应用商品有机肥的予以补贴300元/吨（含上级补贴），补贴数量每亩不超过500公斤，每户不超过150吨。</p>
          <p>13.加强农药废弃包装物回收和集中处置。农药废弃包装物回收和集中处置项目经费实行专款专用，专款资金可用于农药包装废弃物的有偿回收、购置回收桶、专用袋和消防器具，支付运输费、处置费和回收点的工作经费和管理费用。农药废弃包装物实行有偿回收，回收的农药瓶（袋）按照规格大小制定统一回收价格，标准为：农药废弃包装瓶300毫升（含）以下0.2元/只，300毫升以上0.4元/只；农药废弃包装袋：0.2元/只。支付各农药废弃包装物定点回收点的回收工时费和保管费，按回收金额的25%进行补助。支付回转实施主体的运输及保管费用，</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc10") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>人员补助标准如下所示：根据巡查工程类别进行补助，一类水库补助1.5万/人/年；一类山塘补助1.2万/人/年；二类山塘补助0.55万/人/年；一类堤防补助0.6万/人/年；二类堤防根据堤防长度补助0.18~0.35万/人/年；堤防、水闸、小流域补助0.145万/人/年。具体详见《鹿城区水利巡查管护人员管理考核办法（试行）》。提高河流湖泊山塘水质，美丽山塘建设资金由区及区以上财政补助100％。</p>
          <p>附  则</p>
          <p>1.关于政策适用对象。本政策适用于2019年1月1日-2021年12月31日的奖补对象。本政策所列的奖补对象包括属地街镇、区级功能区管委会等行政单位。文中所指企业、社会组织如正文无明确表述，均为注册地和财政收入在温州市范围内具有独立法人资格的机构，台资、外资企业享受同等待遇。房地产（项目）不享受本政策全部条款。</p>
          <p>2.关于资金申报拨付和兑现时间。本政策提出的奖励或补助资金如正无明确表述，均指区财政资金，不涉及财政体制分担。每个项目具体申报时间以职能部门通知为准,兑现时间均按流程</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc12") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区促进</p>
          <p style="font-size: 28px;text-align: left;">开放型经济发展的若干政策意见（试行）</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>为深入落实新发展理念，全面贯彻全省对外开放大会精神，进一步提高鹿城对外开放水平，加快发展更高层次的开放型经济，推动鹿城迈向高质量发展，根据《国务院关于积极有效利用外资推动经济高质量发展若干措施的通知》（国发〔2018〕19号）和《中共浙江省委、浙江省人民政府关于以“一带一路”建设为统领构建全面开放新格局的意见》（浙委发〔2018〕20号）、《浙江省人民政府关于促进外资增长的若干意见》（浙政发〔2018〕23号）等文件精神，现制定如下政策意见。</p>
          <p>一、	推动实际利用外资增长</p>
          <p>第一条 外商设立（含增资、并购）符合我区产业导向的项目，自领取营业执照之日起，第一年实到外资200万-500万（不含）美元、500万-1000万（不含）美元、1000万美元以上的，分别按人民币30万元、50万元、实到外资额的8‰折合人民币给予奖励；第二年实到外资达到上述标准的，分别按人民币15万元、25万元、实到外资额的6‰折合人民币给予奖励；第三年实到外资达到上述标准的，分别按人民币8万元、15万元、实到外资额的4‰折合人民币给予奖励，每个项目三年奖励累计不超过</p>
          
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc14") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>上，照顾该人才子女入读公办小学起始年级1人。</p>
          <p>二、促进外贸稳定增长</p>
          <p>第六条 鼓励外贸企业做大做强。对当年自营出口额300万美元、500万美元、1000万美元、2000万美元、5000万美元、1亿美元以上，且增长10%以上的企业，分别奖励2万元、3万元、5万元、10万元、20万元、30万元。对当年自营进口额100万美元、200万美元、300万美元、500万美元、1000万美元、2000万美元以上，且增长5%以上的企业，分别奖励1万元、2万元、3万元、5万元、10万元、20万元。</p>
          <p>第七条 新注册的外贸企业（含区外迁入企业），从注册（迁入）当年起3年内，年进出口额增量达300万美元、500万美元、1000万美元、2000万美元、5000万美元以上，分别奖励3万元、5万元、10万元、20万元、50万元。</p>
          <p>三、提升外贸竞争力</p>
          <p>第八条 首获国家级、省级文化出口重点企业或重点项目的，分别给予10万元、5万元奖励。首获国家级、省级外贸提升相关荣誉的，分别给予组织实施的行业商协会10万元、5万元奖励。首</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc16") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>第十三条 对企业在境外开展直接投资、跨境并购等项目，按中方当年投资额50万-100万（不含）美元奖励10万元，100万-200万（不含）美元奖励20万元，200万美元以上的，在市级政策基础上另奖励20万元。</p>
          <p>附  则</p>
          <p>1．关于政策适用对象。本政策适用于2019年1月1日至2021年12月31日的奖补对象。文中所指企业为注册地和财政收入在鹿城区范围内的具有独立法人资格企业（除本政策条款有明确规定除外），台资、外资企业享受同等待遇。房地产企业（项目）均不享受本政策全部条款。</p>
          <p>2．关于资金申报拨付和兑现时间。每年度申报期为1－10月份，每个项目具体申报时间以职能部门通知为准，10月以后申报的项目原则上安排在次年1－3月兑付。</p>
          <p>3．关于重复、叠加和进等奖励。同一项目符合本政策两项或两项以上扶持条款的，可执行最高额，但不重复享受。同一企业不同项目符合本政策两项或两项以上扶持条款的，可叠加执行。同一企业以同一名义（项目）在区级获得财政奖励后又获</p>
          
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc18") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区工业经济</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>为认真贯彻落实党的十九大精神和省委省政府、市委市政府的决策部署，贯彻落实新发展理念，加快推进工业发展“质量变革”“效能变革”“动力变革”，加大政策扶持力度，培育工业经济发展新动能，促进经济转型提升，全力推动工业经济高质量发展，特制定本意见。</p>
          <p>一、	强化全社会创新活动</p>
          <p>1.引导和支持企业自主研发先进技术，开发新产品。通过省重点技术创新专项验收的，给予补助10万元。通过国家、省级工业新产品项目鉴定的，分别给予补助8万元、5万元。</p>
          <p>2.鼓励企业运用先进技术转变发展方式。对单个项目设备购置在50万元以上至100万元以下、100万元以上至200 万元以下、200万元以上至300 万元以下、300万元以上的项目，分别给予实际投资额（不含税，下同）5%、6%、7%、8%的补助；购置国际进口设备、列入市级和省级以上技改重点项目的，分别按实际投资额的10%、12%、15%补助；省级“三名”企业、“两型”企业、功勋企业、新增规上企业，补助比例在原有基础上再提高2个百分点；工业50强企业补助比例再提高1个百分点；成</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc20") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>项目。重大项目区本级财政科技经费安排额度分别为工业类项目30万元以上；农业类项目和社会类项目20万元以上；软科学项目5万元以上。重点项目区本级财政科技经费安排额度分别为工业类项目20万以上30万元以下；农业类项目和社会类项目10万元以上 20 万元以下；软科学项目3万元以上5万元以下。一般项目区本级财政科技经费安排额度分别为工业类项目20万元以下；农业类项目和社会类项目10万元以下；软科学项目3万元以下。配套项目区本级财政科技经费按配套比例要求给予安排。</p>
          <p>7.加大企业研发机构建设力度。区级企业技术研发中心采取备案制，对于新备案为区级企业技术研发中心的，且年度考核为优秀等次的，给予一次性补助5万元。</p>
          <p>8.鼓励发明创造。对工业、农业、服务业等领域2019年4月30日前（含4月30日）获得国内发明专利授权的，每件给予资助1万元；获得国内实用新型专利授权的，每件给予资助2000元；获得国内外观设计专利授权的，每件给予资助500元；其中实用新型、外观设计专利取得专利证书之前通过购买、转让、申请人</p>
          
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc22") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>2.扶持软件和信息服务产业发展。给予新增软件著作权每件奖励1000元。经认定，给予每家参展企业展位费80%奖励，赴区外、市外、省外、境外参展每个展位奖励不超过5000元、8000元、12000元、15000元。同一展会每家企业最多奖励4个标准展位。对于纳入规上统计入库的软件信息服务业企业，未享受市级数字经济产业园区房租补助的，按实际租金价格和租赁面积（人均不超过20平方米），最高给予15元/平方米·月房租补助，年补助金额不超过20万元，补助期限不超过3年。</p>
          <p>3.鼓励两化融合深度应用。对企业实施信息化项目实际投资额在10万元以上至50万元以下、50万元以上至100万元以下、100万元以上至300万元以下、300万元以上，分别按项目实际完成信息化设备、软件购置投入总额的7%、8%、10%、12%给予补助，最高不超过60万元。对通过工信部两化融合管理体系贯标认定的企业，除享受上级政策补助外，再给予一次性15万元奖励。</p>
          <p>4.实施“万企上云”计划。推进云计算技术的创新应用和融合应用，云服务商年度服务企业上云数达500家以上、1000家以上</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc24") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>骨干荣誉称号的企业，给予15万元奖励；对当年度获得鹿城区建筑业强企荣誉称号的企业，给予8万元奖励；对当年度获得鹿城区外向型荣誉称号的企业，给予5万元奖励。</p>
          <p>4.扶持一批建筑业企业做大做强。受区政府表彰的龙头骨干企业，自受表彰之年起5年内，对于施工总承包特级企业，其当年度对地方综合贡献度较上一年度增长超过8%以上的增长部分，给予100%奖励；对于特级企业以外的其他建筑业企业，其当年度对地方综合贡献度较上一年度增长超过10%以上的增长部分，给予100%奖励。</p>
          <p>5.实施“走出去”战略。鹿城辖区内建筑业企业外出施工的，按企业区外建设项目对我区地方综合贡献度的80%给予奖励。</p>
          <p>6.加大科技型企业培育力度。新认定的（不包括重新认定）高新技术企业，按上级政策补助的基础上区级财政再给予一次性补助10万元。</p>
          <p>7.加强企业培育认定。对工业、农业、服务业等领域首次获得省级信用管理示范企业和省级信用示范行业分别奖励5万元；首次获得市级信用管理示范企业奖励3万元；</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc26") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>所形成地方综合贡献度全额予以奖励。对于上市公司和拟上市企业的募集资金投向，政府相关部门优先对接落实项目，优先安排用地指标。</p>
          <p>11.支持企业境外上市。企业在境外（含香港）各资本市场上市的，包括房地产企业，成功后一次性予以奖励500万元，以红筹股形式上市的企业，在上市任务指标经市金融办确认后兑现，以在鹿城区注册登记的境内公司作为奖励主体，如有多家企业，则由区金融办指定一家。之前以红筹股形式上市的企业奖励按照本文件执行。</p>
          <p>以红筹股形式上市的企业，完成中介机构签约并正式启动上市工作的，上市财报基准日当年比上一年增加的地方综合贡献额度，按照80%的比例予以奖励。企业在红筹股上市过程中开展资产重组、股东分红转增资本、未分配利润或盈余公积转增股本、资本公积转增股本等所形成的地方综合贡献额度，予以全额奖励。以上两项奖励，在上市报会任务指标经市金融办确认后兑现，以在鹿城区注册登记的境内纳税主体公司作为奖励主体。</p>
          
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc28") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>入资金的50%。</p>
          <p>4.支持行业协会建立建筑业的共享平台。（1）BIM大数据的信息化平台；（2）设计研发产品体系平台；（3）建材采购、线上线下，互联网+平台。对建立上述共享平台之一的企业给予一次性补助资金50万元（一个企业最高奖励为50万元）。</p>
          <p>5.支持创新券推广应用工作。鼓励企业、创业者使用创新券向各类创新载体购买技术创新服务、自主开展技术创新活动。支持范围包括检验检测、合作开发、委托开发、技术服务及企业向科技中介机构购买申报高新企业认定（重新认定）的科技服务等。同一企业一次性申领不超过3万元，全年低于5000元的服务可全额抵用，超过5000元部分抵用50%，全年合计不超过5万元。</p>
          <p>6.加大公共创新梯队培育。支持科技企业孵化器及入孵企业发展，政府投资的公办科技企业孵化器，其入孵企业经年度考核后,可以享受核定面积内（最高不超过300㎡）房租租金全免优惠，期限3年；民营的省级及以上科技企业孵化器，入孵企业认定为省级科技型中小企业且归属高新技术产业领域和战略新兴</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc30") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>鹿城区纳税的工业和信息化企业，其高管子女公办小学起始年级入学照顾名额分配按照工业和信息化企业入库税收（国地税合计，不含费、退税，下同）安排最高限额，上一年度入库税收超500万元安排不超过2名，上一年度入库税收300万元以上安排不超过1名，申请人需为企业高管，在鹿城区缴纳五险1年以上，连续任职2年以上，年报酬15万元以上；对连续3年累计入库税收300万元以上的工业和信息化成长型企业，不超过1名，申请人需为企业法定代表人，在鹿城区缴纳五险1年以上，连续任职3年以上。企业高管子女公办小学起始年级入学奖励，对完成新三板挂牌的企业（以全国中小企业股份转让系统文件时间为准）和区重点拟上市企业（与券商、会计师事务所、律师事务所正式签约）或已完成IPO的上市企业其高管子女每年原则上最多享受2个公办学校起始年级入学名额。在我区总投资亿元以上的工业项目，并且当年市外引进实际投资额在5000万元以上或近3年市外累计投资额达1.5亿元以上企业的高管、投资人，且缴纳五险1年以上，奖励该高管子女公办小学起始年级入学名额1名。在我区上一年度入库税收500万元以上建设行业企</p>
         
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc32") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>得鹿城区建设工程“白鹿杯”奖的，给予一次性奖励2万元。同一工程获得不同级别奖项的，按最高级别奖励。</p>
          <p>2.鼓励企业争创文明标准化工地。对我区的建筑业企业，在温州市辖区内的工程获得全国建筑安全文明施工标准化工地称号的，给予50万元奖励；对获得省级建筑安全文明施工标准化工地称号的，给予20万元奖励；获得市级建筑安全文明施工标准化工地称号的，给予5万元奖励。同一工程获得不同级别奖项的，按最高级别奖励。</p>
          <p>六、鼓励实施标准化战略</p>
          <p>1.加强建筑行业标准建设。对牵头起草国家、行业和地方标准的我区建筑业企业，分别给予30万元、10万元、5万元的奖励，对参与起草国家、行业和地方标准的我区建筑业企业，分别给予15万元、5万元、3万元的奖励，同一标准参与企业较多的只奖励署名前3家。</p>
          <p>附  则</p>
          <p>1．关于政策适用对象。本政策适用于2019年1月1日-2021年12月31日的奖补对象。主要对象为依法纳入鹿城区属地统计、归</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc34") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>门本年度或上一年度最终认定为准。</p>
          <p>5. 鹿城区“亩均论英雄”综合评价结果为D类的企业及其法定代表人（负责人）均不得享受政府评优评先等有关奖励政策。</p>
          <p>6．本政策自印发之日起施行，有效期到2021年12月31日，相关实施细则另行制定。本政策由中共温州市鹿城区委、温州市鹿城区人民政府负责解释，具体工作由区经信局、区住建局、区科技局、区市场监管局、区金融办等部门承担。其他我区已发布的各项政策与本政策不一致的，以本政策为准。本政策施行过程中如遇上级有法律法规和重大政策变化，本政策也作相应调整。</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc36") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>用办公用房的（不包括附属和配套用房，下同），可按最高20元/平方米•月的标准，给予补助，但不超过实际租赁成本，补助期限不超过3年,每年最高不超过60万元。对满足上述要求的已落户的非总部型企业，新增租用办公用房、新购置办公用房的，对于新增面积部分参照新设非总部型企业办公用房补贴方式给予补贴。</p>
          <p>4.开展楼宇梯队式培育。首次认定为5000万元、8000万元、1亿元、1.5亿元和2亿元税收楼，且大楼入驻率达到70%以上，税收属地率达80%以上的，分别给予统一招商运营管理单位20万元、50万元、100万元、150万元、200万元的一次性奖励。开展楼宇物业的综合评价，对评为当年度优秀的楼宇物业公司给予最多3万元奖励，评价标准另行制定。</p>
          <p>5.打造优质特色楼宇。（1）经认定为特色楼宇（某一特定主导产业关联企业数量占入驻企业总数50%及以上，或产值占入驻企业总产值50%及以上，且整体入驻率达70%的楼宇），一次性给予统一招商运营管理单位奖励20万元。（2）现代服务业企业（含分支机构）入驻在政府主导的产业集聚的区域，并符合</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc38") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>超过其投资鹿城区企业资金规模1%的比例给予奖励；达到5000万元的，按不超过1.5%的比例给予奖励；达到1亿元的，按不超过2%的比例给予奖励。投资专项奖励资金由投资基金企业及其管理企业按各50%的比例分享。（4）开展论坛等活动奖励：对于在我区举办具有较大影响力的基金产业相关论坛经区金融办备案，对举办单位给予5万元奖励。</p>
          <p>7.引导金融服务机构优化服务。区财政每年安排100万元专项奖励资金用于金融业绩考核奖励，重点考核金融机构和地方金融组织支持鹿城区重点工作和重点项目、实体经济、新动能培育情况，具体兑现办法另行制定。</p>
          <p>8.加快地方金融产业发展。对于地方综合贡献不低于500万元的金融机构，地方综合贡献比上一年增长10%以上的新增部分，按照50%的比例予以奖励，地方综合贡献比上一年增长10%的其高管个人薪酬所形成的地方综合贡献，按照80%的比例奖励给个人。对于年地方综合贡献超40万元以上的地方金融组织，地方综合贡献比上一年增长10%以上的新增部分，按照50%的比例予以奖励，补助期限不超过3年。</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc40") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>统一计算市场（商场）内的限上商贸企业，年总销售（营业）额每增加5亿元，给予举办方10万元奖励。</p>
          <p>四、加快发展体育产业</p>
          <p>12．提升体育产业品牌。新认定的温州市体育服务业示范企业或体育用品制造业示范企业在三年内给予共计3万元奖励。新认定的温州市运动休闲旅游示范基地、精品线路、优秀项目的企业，分别奖励5万元、3万元、2万元奖励。凡被评为浙江省阳光体育后备人才基地、温州市阳光体育后备人才基地，在四年有效周期内每年按照省、市两个等级分别补助1万元、1.5万元。</p>
          <p>五、着力打造优质品牌商标</p>
          <p>13.实施商标品牌战略。对工业、农业、服务业等领域获得“中国驰名商标”的单位给予50万元的一次性奖励、对获得证明（集体）商标的单位给予10万元的一次性奖励。</p>
          <p>14.加强品牌创建奖励。对工业、农业、服务业等领域初次获得省级（AAA级）“守合同重信用”的给予一次性奖励10万元。</p>
          <p>15.着力提升品牌质量。鼓励工业、农业、建筑业、服务业等领域企业导入并实施卓越绩效管理等先进的质量管理方法，对首</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc42") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>月31日的奖补对象。文中所指企业、社会组织、机构为注册地和财政收入在鹿城区范围内具有独立法人资格的企业、社会组织和机构，台资、外资企业享受同等待遇，特别表述除外。房地产企业（项目）不享受本政策全部条款。文中“鼓励发展现代服务业”奖励对象为信息传输、软件和信息技术服务业、租赁和商务服务业、科学研究和技术服务业、时尚创意设计产业、体育产业。文中所称楼宇，是指全区范围内总建筑面积在8000平方米及以上（其中商务建筑面积在5000平方米及以上）的综合体，以及建筑面积在5000平方米及以上的纯商务楼宇。</p>
          <p>2.关于奖励资金拨付和兑现时间。奖励资金按照现行财政体制分担。每年度申报期为1－10月份，每个项目具体申报时间以职能部门通知为准，10月以后申报的项目原则上安排在次年1－3月兑付。已依据原政策启动奖励资助程序，但未兑现完毕的，按原政策继续执行。</p>
          <p>3.关于重复、叠加和进等奖励。同一项目符合本政策两项或两项以上扶持条款的，可执行最高额，但不重复享受（除文中有特殊表述外）。同一企业（社会组织、机构）不同项目符合本</p>
         
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if (data[i].id === "zc44") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>实施细则另行制定。本政策由鹿城区人民政府负责解释，具体由区发改局等部门承担。本政策施行过程中如遇上级有法律法规和重大政策变化，本政策也作相应调整。</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
          </div>`
        }else if(data[i].id === "zc46") {
          page_html +=
            `<div class="page_L1 cover">
            <img src="${data[i].img}" style="width:100%;height:100%">
            <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
            <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
            <p>录》。</p>
            <p>3．贯通多维评价。坚持凭能力、实绩、贡献评价人才，发挥政府、市场、用人单位等多元评价主体作用，引入具备条件的行业协会、专业学会、人才服务机构（风投机构）等市场化评价要素，畅通多维人才评价渠道。贯通技能人才与专业人才职业发展，特级技师、高级技师（高级社会工作师）、技师（社会工作师）分别按相当于正高级、副高级、中级职称落实相关待遇，技工院校高级工班、预备技师（技师）班毕业生分别按相当于大专、本科学历落实相关待遇。对引进的海内外高层次人才和我区经济社会发展急需紧缺贡献大的人才，现行目录难以界定的“偏才”“专才”，经认定，可享受相应人才政策。</p>
            <p>二、深入实施“白鹿引才计划”高层次人才集聚工程</p>
            <p>4．加大产业领军人才引进培养。对企事业单位（科研院所）自主申报入选国际顶尖人才（A类，根据温州市鹿城区人才分类目录确定，下同）、国家级领军人才（B类）、省级领军人才（C类）、市级领军人才（D类），分别给予专项人才奖励最高500万元、200万元、100万元、60万元，其中短期项目奖励额度减</p>
            </div>
            <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
            </div>
            <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
            </div>`
        }else if(data[i].id === "zc48") {
          page_html +=
            `<div class="page_L1 cover">
            <img src="${data[i].img}" style="width:100%;height:100%">
            <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
            <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
            <p>助额度给予1:1配套资助。引进特别重大团队采取“一事一议”方式确定资助额度。</p>
            <p>7．加强本土高层次人才培养。每三年选拔一轮区拔尖人才和优秀人才，每轮选拔拔尖人才20名左右、优秀人才40名左右，分别给予1万元、0.5万元人才专项奖励，三年管理期内，每年度考核合格的，分别给予每人1.2万元、0.6万元年度考核奖励。对入选“市高层次人才特殊支持计划”杰出人才、领军人才、青年拔尖人才，按市级奖励1:1额度给予人才专项奖励，分三年兑现。</p>
            <p>三、加大产业紧缺实用人才引培力度</p>
            <p>8．实施“产业工程师引培计划”。对引进正高级、副高级工程师（包括程序员、工业设计师等）的企业，按每人20万元、10万元标准给予企业引才补助，分2年发放。对入选市级以上海外工程师、海外重点智力项目，按上级奖励1:1额度给予用人单位配套奖励。对获得国家“友谊奖”、省“西湖友谊奖”、市“雁荡友谊奖”的专家，分别给予人才专项奖励5万元、3万元、1万元。</p>
            <p>9．引导和鼓励高校毕业生来我区就业。全面落实《温州市人民</p>
            </div>
            <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
            </div>
            <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
            </div>`
        }else if(data[i].id === "zc50") {
          page_html +=
            `<div class="page_L1 cover">
            <img src="${data[i].img}" style="width:100%;height:100%">
            <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
            <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
            <p>区工作者职业化百人计划”，面向鹿城户籍三年内每年统一招（转）聘专职社区工作者500名以上，建立“三岗十八级”薪酬体系。</p>
            <p>12．实施乡村振兴人才培养计划。加快培育新型职业农民和乡土人才，对新取得市级以上高级农村实用人才、高级新型职业农民等称号，及获得市级以上农民职业技能大赛奖项的团队（个人），分别按照市级奖励标准1:1给予配套奖励。对获得浙江省农民田间学校或农业教育实训基地称号，分别给予一次性2万元经费奖励。</p>
            <p>13．加大主管部门紧缺人才引培力度。发挥主管部门职能抓好六支人才队伍引进和培养，出台各条线人才引培计划、优惠政策措施，纳入年度绩效考核体系。主管部门牵头对各自线上重点人才，原则上每年组织培训一次以上。对重点专业技术人才，参加国内外研修和培训、学术活动、出版学术著作的，经审核批准给予最高20%经费资助。支持鼓励以企业为主体建设人才培训体系，对企业建设学习型组织、人才培训（示范）基地、企业大学等战略性人才储备与发展项目，经审核批准给予</p>
            
            </div>
            <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
            </div>
            <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
            </div>`
        }
        else if(data[i].id === "zc52") {
          page_html +=
            `<div class="page_L1 cover">
            <img src="${data[i].img}" style="width:100%;height:100%">
            <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
            <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
            <p>主申报入选的“国千”“国万”创业项目、“省千”“省万”创业项目、市“海外精英引进计划”创业项目，无需评审直接授予“温州市领军型人才创业项目”称号，并可申请不少于800万元、400万元、200万元创业发展资助。创业发展资助与“创业券”采取“就高”原则享受。申请时，企业实际投入原则上应不少于财政资助资金。对我区“温州市领军型人才创业项目”在创业发展资助期满后，继续给予发展贡献奖励，奖励额度按创业项目形成地方综合贡献50%的标准确定，连续奖励三年，累计奖励不超过1000万元。对特别重大项目实行“一事一议”。以上经费根据市级确定比例落实区级奖励部分。</p>
            <p>16．人才创业融资支持。鼓励引导金融机构、投资机构、民间资本为E类以上人才领办企业提供融资服务，全面落实市级“人才投”、“人才保”、“人才贷”政策，为符合条件的高层次人才创业企业提供低成本、低门槛的信贷支持。拓宽融资渠道，对无政府基金参与的基金投资我区人才领办企业的，可申请财政补贴，补贴额度不超过其当年实际投资总额的5%，单个项目最高不超过50万元，单家投资机构每年补助不超过100万元。</p>
            
            </div>
            <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
            </div>
            <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
            </div>`
        }
        else if(data[i].id === "zc54") {
          page_html +=
            `<div class="page_L1 cover">
            <img src="${data[i].img}" style="width:100%;height:100%">
            <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
            <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
            <p>士后导师、优秀科研项目分别按10万元/人、10万元/人、5万元/项目的标准给予补助。
            鼓励我区企业（科研院所）在海内外布局建设复合型研究院、海外分支机构就地引进人才，符合条件的入驻人才可享受我区同等人才政策待遇。</p>
            <p>19．加大技能人才培育平台建设。分别给予新创成的省级、市级重点产业高技能人才公共实训基地不少于100万元、20万元奖励，分别给予国家级、省级、市级、区级技能大师工作室50万元、25万元、10万元、2万元一次性资助，对考评优秀的公共实训基地、技能大师工作室，分别给予最高20万元、5万元奖励。</p>
            <p>六、全面优化人才发展环境</p>
            <p>20．优化人才编制保障方式。科研院所、公立医院、公办基础教育学校新引进A类、B类、C类创新型科技人才，可不受编制数和岗位结构比例限制，新引进D类、E类创新型科技人才，岗位职数不足时，经组织、编办、人社部门核准，可不受编制数和岗位结构比例限制。企业引进具有博士学位等高层次人才，符合条件的推荐申请温州市创新驱动发展研究院事业编制身</p>
            </div>
            <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
            </div>
            <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
            </div>`
        }
        else if(data[i].id === "zc56") {
          page_html +=
            `<div class="page_L1 cover">
            <img src="${data[i].img}" style="width:100%;height:100%">
            <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
            <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
            <p>23．优化人才购房补贴。向全职在鹿工作且在温首购商品住房的A类、B类、C类、D类人才分别发放500万元、100万元、80万元、60万元的一次性购房补贴，向全职在鹿企业工作并在温首购商品住房的正高级职称人才和博士研究生、副高级职称人才和全日制硕士研究生、“双一流”高校全日制本科毕业生分别发放40万元、20万元、10万元一次性购房补贴。对当年新上市的制造业企业，给予2个40万元的人才购房补贴名额，名额当年有效，在人才购房时落实。以上对象申请时本人及配偶未曾拥有过60平方米以上的温州市住房且未享受过温州市住房优惠政策。购房补贴发放时应减去已享受住（租）房补贴额。所购住房须办理有限产权，自办理产权之日起期限10年。以上人才在温购买首套商品房的，其公积金可贷额度在按规定比例支付首付款后，可按贷款地住房公积金贷款最高额度申请贷款。探索开展人才限价商品住房建设，多元化解决人才住房问题。以上所涉经费按照市级确定比例落实区级补贴。</p>
            <p>24．优化人才子女就学、社会保障、体检疗养。在学前和小学阶段，区级以上人才项目入选者及E类以上层次人才优先解决其</p>
            
            </div>
            <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
            </div>
            <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
            </div>`
        }
        else if(data[i].id === "zc58") {
          page_html +=
            `<div class="page_L1 cover">
            <img src="${data[i].img}" style="width:100%;height:100%">
            <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
            <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
            <p>机构（个人）奖励。对帮助我区新引进并入选 “温州市领军型人才创业项目”的机构（个人），经认定后按每个项目5万元的标准给予奖励。以上所涉经费按照市级确定比例落实区级奖励。建立人才、项目和企业需求信息系统云平台。收集温籍专家或与鹿城发展有关的专家信息，梳理创业创新项目需求，向社会定期定向发布。</p>
            <p>26．大力支持人才智力对接。组建并支持高层次人才联谊会开展工作，给予每年10万元—20万元的经费补助。支持招才引智活动，对参加全区统一组织的赴国外招才引智活动，补贴参团民营企业代表交通费的50%，最高2万元，一个企业最多不超过3人；对参加全市统一组织的赴国内招才引智活动，按市级标准1:1给予配套补贴。人才应邀参加政府组织的各类评审答辩、洽谈对接等活动的，差旅费给予全额补贴。实施重大引才活动服务外包，资助举办人才创业创新大赛等引才方式。</p>
            <p>27．布局全球人才联络网点。鼓励在国内外人才富集城市、高校院所建设人才工作联络站，给予建站补贴5万元。视站点工作绩效，国内联络站给予每年10万元以内的工作经费补助；海外</p>
            </div>
            <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
            </div>
            <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
            </div>`
        }
        else if(data[i].id === "zc60") {
          page_html +=
            `<div class="page_L1 cover">
            <img src="${data[i].img}" style="width:100%;height:100%">
            <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
            <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
            <p>入，要规范经费管理，创新资金落实方式方法，全区形成资金筹措、使用“一盘棋”的格局。完善政策兑现机制，同一人获同序列称号奖项的按就高原则；同一人获不同序列多项称号奖项的，2年内按就高不重复原则，2年后新获称号奖项等于（同一成果除外）或高于现层次的再给予奖励。开展政策兑现督查，对不兑现、不落地、擅自设立前置条件的严肃问责，对无正当理由兑现不及时、不到位的予以通报批评。落实人才服务工作例会制度，定期协调解决人才遇到的困难和问题。</p>
            <p>30．建立宽容失败机制。在全社会大力营造尊重知识、尊重人才、鼓励创新、宽容失败的社会氛围。实施有利于人才创新创业的纪检、巡察、审计制度，坚持从整体上评估人才项目绩效，对人才创新创业项目进行经费资助，符合规定条件、标准和程序，但资助项目未达到预期发展效果的，相关领导干部在勤勉尽职、没有谋取非法利益的前提下，免除其决策责任。科技成果转化转移定价过程中，领导人员决策和实施过程合规，履行勤勉尽责义务、未谋取非法利益的，不因后续价值变化追究决策责任。
            本意见自2018年1月1日起施行，本意见涉及同一</p>
            </div>
            <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
            </div>
            <p class="next_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);right: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">下一页</p>
            </div>`
        }
        else if(data[i].id === "zc62") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">浙江政务服务网</p>
          <p style="font-size: 28px;text-align: left;">温州市产业政策奖励兑现系统</p>
          </div>
          <div calss ="zszc" style="    cursor: pointer;position: absolute;top: 26%;left: 14%;font-size: 20px;">详情请见：<a class="zwLink" zw-src="http://reward.wenzhou.gov.cn/app" style="color:#00BDFF">浙江政务服务网-温州市产业政策奖励兑现系统</a></div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }
      }
      if (type == 2) {
        if (data[i].id === "zc3") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 426px;height:100px;position: absolute;top:50px;;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">培育农业农村新动能</p> 
          <p style="font-size: 28px;text-align: left;">实施乡村振兴战略的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>二、提升发展效益农业</p>
          <p>4.支持农业品牌建设。鼓励农业企业积极参与农业博览会。对参展中国国际茶业博览会、浙江农业博览会、浙江绿茶博览会、浙江（上海）名特优新农产品展销会和浙江（南京）名特优新农产品展销会的企业，由政府部门支付展位费，并给予每个企业2500元的参展补助，其他费用由参展企业自行承担。省、市部门指定参加的各类农产品推介会和展销会，组团参展的企业由政府部门支付展位费，其他费用由参展企业自行承担。展览期间农产品获得省级以上（含省级）或温州市级金奖（十大市民最喜爱农产品、最佳XX产品）、优质奖（其他奖）的农产品，每个产品分别奖励2000元和1000元。对认证“三品一标”企业支付的产品、产地检测费用、认证费、标志使用费等费用给予如下相应补助：首次认证“三品一标”的企业按每个产品补助8000元（无公害农产品减半，下同）；续展认证或到期复评换证的“三品一标”的企业按每个产品补助5000元。以上补助资金发放的依据是认证证书。</p>
          <p>5.培育壮大农业产业经营主体。对获国家级、省级、市级（百</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc5") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 426px;height:100px;position: absolute;top:50px;;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">培育农业农村新动能</p> 
          <p style="font-size: 28px;text-align: left;">实施乡村振兴战略的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>别鼓励3万元、2万元、1万元。鼓励农机生产经营组织实施农业机械化促进工程项目，对建立育秧、烘干、维修等农机化服务中心的，经市级验收通过后，一次性补助2万元。购置符合国家有关安全标准和推广许可的农业机械，为本区农业服务，并依法服从安全生产管理的，由区级财政根据购置发票一次性给予总额的三分之一补助（此项补贴不包括中央、省级农机购置补贴）。鼓励农民依法使用低能耗农业机械，参与作业服从安全管理，并依法注册登记上牌正常参加年检，操作人员持有合法有效证件（部分机型依法不需要持证或注册登记的除外）的纯农田作业拖拉机（动力8.8千瓦以上）、联合收割机、插秧机每年给予资金补助，具体为纯农田作业拖拉机（动力8.8千瓦以上）500元/年，联合收割机1000元/年，插秧机2000元/年。粮食烘干机作业补贴标准为每100公斤补贴10元。</p>
          <p>7.鼓励农旅融合发展。通过上级认定被评为国家、省、市级示范性休闲观光园区的，一次性分别奖励10万元、5万元、2万元。对村户型“农家乐”项目，经市级、省级评比确认为三、四、五星级的，一次性分别奖励1万元、2万元、4万元。对评定为市</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc7") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 426px;height:100px;position: absolute;top:50px;;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">培育农业农村新动能</p> 
          <p style="font-size: 28px;text-align: left;">实施乡村振兴战略的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>10.促进畜牧业转型升级。凡在我区禁养区之外，规划环评允许养殖的范围内，实行良种胚胎自繁自养，有完善的动物防疫制度和动物免疫、产地检疫记录，其畜禽污水排放达标的区属畜禽饲养场，达到下列标准的，给予奖励：对列入省、市级的新型畜牧产业主体培养企业分别一次性奖励5万元和2万元。对列入区级的新型畜牧产业主体培育试点企业一次性奖励5000元。当年销售总收入达100至200万元（需法定证据证明，下同）的畜禽养殖场、养蜂场（户），奖励5000元；当年销售总收入达200至500万元的畜禽养殖场、养蜂场（户），奖励1万元。当年销售总收入达500万元以上的畜禽养殖场、养蜂场（户），奖励2万元。采取设施化实施排泄物“生物发酵处理+农牧结合利用”达标零排放标准的，给予每个项目补助2万元。实施排泄物“沼气净化+三沼利用”达标排放标准的，给予每个项目补助2万元。</p>
          <p>11.支持现代渔业建设。内陆捕捞机动渔船渔业生产成本补助：对小于8米的渔船为每月333元，每年4000元；8到10米且双控功率大于9千瓦的渔船每月417元，每年5000元。我区内陆捕捞</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc9") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 426px;height:100px;position: absolute;top:50px;;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">培育农业农村新动能</p> 
          <p style="font-size: 28px;text-align: left;">实施乡村振兴战略的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>按回收金额的35%进行补助。无害化处置费包含危险废物运输费和无害化处置费，按实际发生额结算。</p>
          <p>五、筑牢乡村振兴安全底线</p>
          <p>14.开展气象防灾减灾标准化建设。各村（社区）先行开展气象防灾减灾标准化建设，待通过市级验收后一次性给予补助1万元。</p>
          <p>15.保障各类水利工程安全。对水利工程管理市场化专业化管理实施补助，包括标化创建经费补助和日常运维经费补助。标化创建经费：水利工程标化创建建设资金由区及区以上财政补助100％。日常运维经费补助标准：按照坝型及大坝离村庄距离不同，小（2）型水库给予不超过3.5万元/座/年的补助；5万m³以上的“高坝山塘”“屋顶山塘”或饮用水水源山塘给予不超过3万元/座/年的补助。3.防潮标准20年一遇及以上的海塘，长度为2公里以内的给予4万元/处/年的补助，长度超过2公里的根据堤型每公里增加不超过1万元的补助；防洪标准20年一遇及以上的河道堤防，长度为2公里以内的给予4万元/处/年的补助，长度超过2公里的根据堤型每公里增加不超过1万元的补助。水利工程巡查</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc11") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 426px;height:100px;position: absolute;top:50px;;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">培育农业农村新动能</p> 
          <p style="font-size: 28px;text-align: left;">实施乡村振兴战略的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>进行。</p>
          <p>3.关于重复、叠加和进等奖励。同一项目符合本政策两项或两项以上扶持条款的，可执行最高额，但不重复享受。同一对象不同项目符合本政策两项或两项以上扶持条款的，可叠加执行。同一对象以同一名义（项目）在区级获得财政奖励后又获得更高等次奖励认定的，各级已奖励部分视作已配套，不足部分按照上级有关规定予以补足。同一奖项（认定）在低等次已作奖励的，晋升到高等次时，只奖励差额部分。本政策与区级其他政策对同一对象（项目）同类型奖励出现重合时，执行最高额，不重复享受。涉及环境保护、生产安全、农产品（食品）安全问题的单位或个人，不享受本政策扶持。弄虚作假骗取项目资金的，予以发还，并承担相关责任。</p>
          <p>4.本政策自印发之日起施行，有效期到2021年12月31日,相关实施细则另外制定。本政府由温州市鹿城区人民政府负责解释，具体由区农业农村局等部门承担。其他我区已经发布的各项政策与本政策不一致的，以本政策为准。本政策施行过程中如遇上级有法律法规和重大政策变化，本政策也作相应调整。</p>
          
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc13") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区促进</p>
          <p style="font-size: 28px;text-align: left;">开放型经济发展的若干政策意见（试行）</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>300万元。</p>
          <p>第二条 新引进世界500强企业外商投资项目，当年实到外资达到1000万美元的，在市级奖励的基础上，再给予一次性奖励100万元人民币（房地产项目除外）。</p>
          <p>第三条 新引进的外资先进制造业企业，实到外资1000万-2000万（不含）美元、2000万-5000万（不含）美元、5000万美元以上的，分别给予奖励200万元、300万元、500万元人民币，本条所涉奖励资金在认定投产后分三年按40%、30%、30%比例拨付。</p>
          <p>前款奖励与本意见第一条规定的奖励不可重复享受。</p>
          <p>第四条 引进境外资金在我区投资（200万美元以上）的中介机构、中介人（不含政府部门及公职人员），按引进项目实到外资的4‰折合人民币给予奖励；单个项目奖励最高不超过300万元。引进“世界500强”首次到鹿城投资，再给予一次性奖励20万元。</p>
          <p>第五条 在我区当年实到外资1000万美元以上或近3年实到外资3000万美元以上外资企业的高管、投资人，且缴纳五险1年以</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc15") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区促进</p>
          <p style="font-size: 28px;text-align: left;">开放型经济发展的若干政策意见（试行）</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>获海关AEO高级认证企业给予10万元奖励。</p>
          <p>四、支持企业开拓市场</p>
          <p>第九条 参加一般性境外展，境外展会举办地为亚洲地区的，每家企业每个项目给予0.8万元人员费补助；亚洲地区以外的，每家企业每个项目给予1.5万元人员费补助。</p>
          <p>第十条 由区商务部门认可的商协会组团参展或境外商务活动，团组6家单位以上，给予商协会3万元补助。</p>
          <p>五、支持外贸平台建设</p>
          <p>第十一条 支持公共保税仓建设。对公共保税仓库新增的有关设备购置费给予不超过50%的补助，每个项目最高补助30万元。企业租用公共保税仓库的，对其租金给予50%的补助，每家企业最高补助20万元。</p>
          <p>六、推进跨境电商发展</p>
          <p>第十二条 支持企业跨境电商应用。新获国家级、省级、市级和区级跨境电子商务重点企业（项目）荣誉的，分别奖励运营主体或项目单位10万元、5万元、2万元、1万元。</p>
          <p>七、支持企业“走出去”</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc17") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区促进</p>
          <p style="font-size: 28px;text-align: left;">开放型经济发展的若干政策意见（试行）</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>得更高等次奖励认定的，各级已奖励部分视作已配套，不足部分按照上级有关规定予以补足。同一奖项（认定）在低等次已作奖励的，晋升到高等次时，只奖励差额部分。本政策与市、区两级其他政策对同一个企业（项目）的同类型奖励出现重合时，执行最高额，不重复享受。</p>
          <p>4．关于部分名词的界定。“省级”指浙江省级。“以上”均包含本数。“世界500强”指美国财富杂志每年评选的“全球最大五百家公司”排行榜的企业。本政策规定的部分奖励项目按美元折合人民币予以计算，以企业到账当日的汇率折算。</p>
          <p>5．对于符合奖补政策申报条件，但企业或组织（当年）存在重大违法行为的，可由牵头部门党组会议研究决定不给予补助。</p>
          <p>6．本政策自印发之日起施行，有效期至2021年12月31日，相关实施细则另行制定。本政策由温州市鹿城区人民政府负责解释，具体工作由区投资促进服务中心等部门承担。按原政策申请的奖补项目已在兑现或处在执行过程中的，可按原政策执行。其他我区已发布的各项政策与本政策不一致的，以本政策为准。本政策施行过程中如遇上级有法律法规和重大政策变化，本政策也作相应调整。</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc19") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区工业经济</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>功创建国家级、省级、市级企业技术中心的，补助比例分别提高3、2、1个百分点。成功创建省级及以上企业设计院、工业设计中心，补助比例提高2个百分点；以上技改补助率增加部分可累计享受。</p>
          <p>3.鼓励开发装备工业产品。经国家、省级认定为年度首台（套）产品的工业企业，除享受上级政策补助外，分别再给予奖励50万元、25万元。</p>
          <p>4.推进节水型企业建设。对首次获得市级绿色企业称号的企业，给予奖励3万元。自2018年度开始，对首次获得市级节水型企业称号的企业，给予补助3万元。</p>
          <p>5.加大科技创新力度。本区建筑科技项目被评为建设部科技推广项目或评定为国家级工法，给予奖励10万元；被评为浙江省建设科技推广项目或评定为省级工法，给予奖励5万元。获国家级科技示范工程、绿色建筑奖、QC成果奖的企业，每项奖励15万元，不重复享受。</p>
          <p>6.激发全社会创新活力。在全区每年择优遴选科技项目予以立项，科技计划项目分为重大项目、重点项目、一般项目和配套</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc21") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区工业经济</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>著录事项变更等方式取得的，不予专利资助。2019年4月30日后获得国内发明专利授权的，每件给予资助2万元。获得美国、日本、欧盟发明专利授权的，每件资助3万元；获得其它国家、地区（包括港澳台）发明专利授权的，每件资助1万元，同一件专利最多资助3个国家或地区。以上授权专利资助申请需在授权公告之日起一年内提出。通过《专利合作条约》(PCT)进行专利申请的，法人组织每件资助0.8万元,自然人每件资助0.5万元，同一件专利最多资助3个国家或地区，资助申请需在进入指定国家审查阶段起三年内提出。</p>
          <p>二、大力发展数字经济</p>
          <p>1.推进工业互联网发展。建设一批工业互联网平台，对于通过国家级、省级、市级工业互联网平台认定的，分别给予奖励50万元、20万元、10万元；对于通过国家级、省级、市级工业技术软件化（工业互联网APP）示范项目认定的，分别给予奖励20万元、10万元、5万元；对于被认定为市级工业互联网服务商的，给予5万元奖励；对于获评市级“互联网+设计”示范项目的给予奖励10万元。</p>
          
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc23") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区工业经济</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>的给予奖励2万元、5万元。上云企业上云费用达1万元、5万元、10万元、20万元以上的分别给予奖励5000元、1万元、2万元、5万元。</p>
          <p>5.鼓励产业数字化改造应用。对于获评省、市级智能化产品示范项目的分别给予奖励20万元、10万元；对于获评省、市级数字经济产业示范项目（企业）、数字化车间、智能工厂示范项目、园区智慧化改造项目的分别给予奖励30万元、20万元。对获评国家级、省级制造业与互联网融合发展、个性化定制、大数据应用等信息技术融合产业发展类荣誉示范试点企业的，分别给予20万元、10万元奖励。</p>
          <p>三、支持企业提档升级</p>
          <p>1.鹿城区功勋企业奖励。评选为区功勋企业的，给予奖励20万元。</p>
          <p>2.积极扶持建筑业企业资质升级。对建筑业总承包企业资质晋升为特级、一级的企业，分别给予500万元、100万元奖励；对专业承包企业资质晋升为一级的企业，给予20万元奖励。</p>
          <p>3.建立重点建筑业企业的评价体系。对当年度获得鹿城区龙头</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc25") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区工业经济</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>首次获得市级信用管理先进企业奖励1万元；对同时获得以上荣誉的企业以最高奖励为准。</p>
          <p>8.支持企业加速上市。企业通过浙江省证监局辅导验收后，予以奖励100万元；向证监会上报IPO材料受理后，予以奖励100万元；发审会审核通过后，予以奖励200万元；股票上市，予以奖励100万元。企业在境内外都完成上市的，可以重复享受。区外上市企业（含借壳上市）将注册地和纳税登记地迁入我区且符合产业导向的，给予一次性区级额外落户奖励金额500万元。对我区企业在上市过程中因各种规范要求而增加的地方综合贡献，予以全额奖励，由区政府研究决定，补助资金在省证监局受理上市辅导材料后进行兑现。</p>
          <p>9.引导企业实施股份制改造。经区金融办备案，实际经营年限在2年以上的企业改制设立股份有限公司，给予一次性奖励10万元。新设立股份有限公司，给予一次性奖励2万元。新三板挂牌企业额外给予一次性股改奖励50万元。</p>
          <p>10.支持上市公司拓宽发展空间。上市公司兼并、收购区内其他企业，在办理被兼并、收购企业的不动产产权过户手续时，</p>
          
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc27") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区工业经济</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>四、强化要素保障</p>
          <p>1.加大规上企业租赁用房补贴力度。对在鹿城区范围内没有工业用地，租赁厂房用于生产经营的规上企业且亩均税收达到100万元以上的实行租赁补助，按3元/月•平方米给予补助，对首次“小升规”企业，按2元/月•平方米给予补助，对同一企业实际控制人在同一地块上的企业不予补助。每年每家企业最高补助额度不超过50万元。</p>
          <p>2.鼓励市级及以上工业设计中心（基地、企业）购置设备和软件。购置工业设计数据查询系统、快速成型、需求发布、设计对接、交易合同备案、知识产权服务、电子商务、交流展示等相关设备和软件，单个中心（基地、企业）投入不低于20万元的，可按项目购置的固定资产（不包括基建部分）和软件投入的35%给予补助，最高补助不超过50万元。</p>
         <p>3.鼓励企业建设工业设计基地。开展提供公共服务的工业设计基地区级示范点建设，对创建成功的基地，每家奖励50万元，不高于其示范点建设投入资金的50%。对已创建的基地每年进行复评，通过复评的，每家奖励20万元，不高于其当年创建投</p>
          
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc29") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区工业经济</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>产业领域的，给予不超过15元/每月•每平方的租金补助，期限2年，单家企业每年最高补助金额不超过3万元。</p>
          <p>7.推进专利权、商标专用权质押融资。对工业、农业、服务业等领域专利权、商标专用权质押融资贴息资金原则上每年核拨1次，对同一笔贷款项目采取企业还贷后给予一次性核拨的办法，贴息计算时间最长不超过1年，贴息比例不高于已发放贷款同期银行基准利率计算的利息总额的50%。单个企业商标专用权质押融资申请贴息资金不得超过12万元，专利权质押融资申请贴息资金不得超过30万元。在同一笔贷款项目中，企业从其他途径获得的财政资金贷款利息补助超过已发放贷款同期银行基准利率计算的利息总额的50%，不再给予专利权、商标专有权贷款利息补助。对银行业金融机构开展商标专用权质押贷款业务的，政府给予一定额度的风险补偿，补偿标准为实际收取商标专用权质押贷款利息的10%，补偿总额按贷款人实际发放贷款给借款人的户数计算，每户每年不超过30万元。专利权、商标专用权质押贷款不重复计算。</p>
          <p>8.保障企业高管小学阶段起始年级入学。对在鹿城区注册且在</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc31") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区工业经济</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>业（不包括房地产企业），奖励该高管子女公办小学起始年级入学名额不超过2名；在我区上一年度入库税收300万元以上建设行业企业（不包括房地产企业），上一年度入库税收1000万元以上房地产企业，及当年引进实际投资额在5000万元以上或近3年累计投资额达1.5亿元以上建设行业企业，奖励该人才子女公办小学起始年级入学名额不超过1名。</p>
          <p>9.加大企业人才培养。对年度工资薪金20万元以上的企业高级管理人才（包括董事长、副董事长、总经理、副总经理、监事会主席、总经济师、总会计师或相当层级职务的人员），按照其个人对区级地方综合贡献度 70%比例给予奖励。</p>
          <p>五、提升企业质量竞争力</p>
          <p>1.鼓励企业争创优质工程。对本地建筑业企业在温州市辖区内的工程获得“鲁班奖”、“国家优质工程（金）奖”的，给予一次性奖励100万元；对获得“国家优质工程（银）奖”的，给予一次性奖励50万元；对获得浙江省建设工程“钱江杯”或全国建筑工程装饰奖的，给予一次性奖励30万元；对获得温州市建设工程“瓯江杯”或浙江省建筑装饰工程奖的，给予一次性奖励10万元；对获</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc33") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">鹿城区工业经济</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>属鹿城财政片区且具有独立法人资格的企事业单位、社会团体、行业协会（或联合体），以及区政府决定的其他扶持对象（含个人）。</p>
          <p>2．关于奖励兑现问题。涉及的经费支出，按原资金口子拨付。已依据原政策启动奖励资助程序，但未兑现完毕的，按原政策继续执行。</p>
          <p>3．关于重复、叠加和进等奖励。同一项目符合本政策两项或两项以上扶持条款的，可执行最高额，但不重复享受。同一企业不同项目符合本政策两项或两项以上扶持条款的，可叠加执行。同一企业以同一名义（项目）在区级获得财政奖励后又获得更高等次奖励认定的，区级已奖励部分视作已配套，不足部分按照上级有关规定以补足。同一奖项（认定）在低等次晋升到高等次时，只奖励差额部分。本政策与区级其他政策对同一个项目的同类型奖励出现重合时，执行最高额，不重复享受。</p>
          <p>4．关于部分名词的界定。本政策凡涉及“50强”等排名表述的，均以上年度排名为准。“以上”均包含本数，“以下”均不含本数。“省级”指浙江省级。“市级”指温州市级。规上工业企业以统计部</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc35") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">进一步加快现代服务业</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>为推进鹿城区现代服务业高质量发展，推动服务业产业集聚和重点行业快速发展，促进服务业标准化和品牌建设，引导企业做大做强，特制定如下政策意见。</p>
          <p>一、大力发展现代服务业</p>
          <p>1.鼓励发展现代服务业。现代服务业企业（含分支机构）年地方综合贡献超40万元以上，以上一年度地方综合贡献为基数，对新增地方综合贡献超过10%部分奖励50%，补助期限不超过3年；其他营利性服务业企业上一年度营业收入首次达到5000万元、1亿元、1.5亿元、2亿元、2.5亿元、3亿元，且增速20%以上的，分别奖励5万元、10万元、15万元、20万元、25万元、30万元，补助期限不超过3年。同一企业只能择一享受地方综合贡献或营收奖励。</p>
          <p>2.培育省市重点企业。首次认定为省服务业重点企业（龙头企业）、市服务业重点企业（龙头企业），分别奖励20万元、10万元。</p>
          <p>3.鼓励企业在鹿经营。对于在我区新设的非总部型现代服务业企业，上一年地方综合贡献超过60万元且在我区租用、购置自</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc37") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">进一步加快现代服务业</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>主导产业的，在享受本办法其他政策外，按照新增地方综合贡献给予奖励，最多不超过上一年地方综合贡献的10%，补助期限不超过3年。上述两款奖励政策不得重复享受。</p>
          <p>二、创新发展现代金融业</p>
          <p>6.促进投资基金类企业集聚。对在鹿城区注册并在鹿城区金融办备案市区两级年地方综合贡献超过100万元的各类股权投资企业、混合型投资企业及其管理企业可享受：（1）办公用房补助。在鹿城区购买自用办公用房，可按每平方米不超过1000元且总额不超过50万元的标准，给予购房补助，并在设立后三年内分期兑现；在鹿城区租赁自用办公用房的，可按30元/平方米•月且每年总额不超过15万元的标准，给予租房补助，补助期限不超过3年。办公用房补助中同一实际控制人的多家投资基金企业及其管理企业在同一注册地址租赁的办公用房，享受的每年补助金额不超过45万元。（2）地方综合贡献奖励：在市级创投产业奖励政策的基础上额外按形成地方综合贡献的20%给予奖励。（3）投资专项奖励：投资鹿城区企业的资金规模达到2000万元且投资期限已满1年的（可合并计算，下同），按不</p>
          
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc39") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">进一步加快现代服务业</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>三、提升发展商贸服务业</p>
          <p>9.鼓励商贸企业做大做强。限上商贸企业（含独立核算的非独立法人）直营连锁门店10家以上的，每新设一家连锁门店,给予1万元奖励。新纳入限额以上且年增速达50%以上的商贸企业：批发企业年销售额达到1亿元、5亿元、10亿元，分别给予奖励5万元、15万元、25万元；零售企业年零售额每实现2000万元，给予奖励2万元；餐饮住宿企业年营业额每实现1000万元，给予奖励2万元。已纳入限上商贸统计库且年增速达15%以上的企业：批发企业年销售额首次达到5亿元、10亿元，分别给予奖励10万元、20万元；零售企业年零售额首次达2亿元、5亿元，分别给予奖励10万元、20万元；餐饮住宿企业年营业额首次达5000万元、1亿元，分别给予奖励5万元、10万元。</p>
          <p>10.鼓励企业统一经营管理。市场（商场）内新注册独立法人、分支机构转独立法人的商贸企业，前三年给予地方综合贡献比上一年增长10%以上的新增部分（不含房产和土地部分）100%的奖励。市场（商场）首次实现统一结算并且年销售额达到1亿元，给予10万元奖励；每增加1亿元，另给予10万元奖励。非</p>
          
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc41") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">进一步加快现代服务业</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>次获得区政府质量奖的，给予20万元奖励。</p>
          <p>16.加强企业品牌建设。对引进甲级资质的工程设计企业给予150万元奖励。</p>
          <p>六、保障企业人才子女入学</p>
          <p>17.企业高管子女入学保障。在鹿城区注册，且在我区纳税的现代服务业企业、商贸业企业、金融业企业、文化企业和旅游企业，可享受高管子女公办小学起始年级入学保障，名额分配按照企业入库税收安排最高限额：（1）上一年度入库税收500万元以上的企业，不超过2名。（2）上一年度入库税收300万元以上的企业，不超过1名。（3）连续3年累计入库税收300万元以上的成长型企业，不超过1名。在符合企业条件的基础上，申报人员需在鹿城区缴纳五险1年以上，并符合以下条件之一：</p>
          <p>（1）上一年度入库税收300万元以上的企业高管，连续任职2年以上，年报酬15万元以上。（2）连续3年累计入库税收300万元以上的成长型企业法定代表人，连续任职3年以上。</p>
          <p>附  则</p>
          <p>1.关于政策适用对象。本政策适用于2019年1月1日-2021年12</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc43") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">进一步加快现代服务业</p>
          <p style="font-size: 28px;text-align: left;">高质量发展的若干政策意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>政策两项或两项以上扶持条款的，可叠加执行。同一企业以同一名义（项目）在区级获得财政奖励后又获得更高等次奖励认定的，各级已奖励部分视作已配套，不足部分按照上级有关规定予以补足。同一奖项（认定）在低等次已作奖励的，晋升到高等次时，只奖励差额部分。本政策与区其他政策对同一个企业（项目）的同类型奖励出现重合时，执行最高额，不重复享受。</p>
          <p>4．关于部分名词的界定。“地方综合贡献”指企业实现的增加值、营业收入、利润总额所形成的区级留成部分（规费除外）等。“税收属地率”指楼宇内的企业(除金融业、房地产业外）入鹿城区库部分税收占楼宇总税收的比率。“以上”均包含本数。“省级”指浙江省级。“市级”指温州市级。“贷款贴息”指银行同期基准贷款利率的贴息。</p>
          <p>5.享受过本政策奖励补贴的企业，原则上十年内不得迁出鹿城区，享受补贴的办公用房，5年内不得对外租赁、销售、转租，如有违反，区政府将追回资助。</p>
          <p>6.本政策自印发之日起施行，有效期至2021年12月31日，相关</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc45") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">关于深化</p>
          <p style="font-size: 28px;text-align: left;">人才制度改革的30条意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>为深入实施人才强区和创新驱动发展战略，根据中共中央《关于深化人才发展体制机制改革的意见》（中发〔2016〕9号）、省委、省政府《关于深化人才发展体制机制改革支持人才创业创新的意见》（浙委发〔2016〕14号）和市委、市政府《关于高水平建设人才生态最优市的40条意见》（温委发〔2018〕28号），结合我区实际，现就深化人才制度改革，提出如下意见。</p>
          <p>一、完善人才分类评价机制</p>
          <p>1．人才引培重点。围绕建设城美业美人美的“时尚智都、山水美城”，全面加强党政干部人才、企业经营管理人才、专业技术人才、高技能人才、农村实用人才、社会工作人才六支队伍建设。坚持以用以业为本，招才和引智并重，刚性和柔性并举，全面重视海内外高层次人才、创业人才、技能人才和青年人才引进培养。</p>
          <p>2．人才分类界定。树立大人才观，将全区人才分为高层次人才、中坚人才、骨干人才、基础人才四个层次，区委人才工作领导小组办公室负责定期修订《温州市鹿城区人才分类目</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }else if (data[i].id === "zc47") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">关于深化</p>
          <p style="font-size: 28px;text-align: left;">人才制度改革的30条意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>半；引进外地入选的上述创新类人才且全职在鹿工作的，经认定后给予同等待遇，奖励分五期兑现。</p>
          <p>5．鼓励企业主体引才。对有新自主申报入选和全职新引进的A类、B类、C类、D类创新长期项目人才的企业，落实市级资助政策，按企业实际研发投入1:1比例分别给予最高1000万元、500万元、300万元、100万元奖励。研发投入从人才引进日起算，由税务部门认定。企业引进多名人才的，最高奖励额度相应增加。对新引进的A、B、C、D、E类创业人才，根据人才领办企业运营绩效和项目进展情况，分别给予专项人才奖励每年最高100万元、40万元、20万元、12万元、6万元，最多发放5年。对企业向E类以上人才支付的一次性住房补贴、安家费、科研启动经费等费用，可按规定在计算企业所得税前扣除。</p>
          <p>6．对新入选区“白鹿引才计划”创新团队，根据顶尖、杰出、领军、优秀、重点五个层次，经评审后，其中科技类给予最高1500万元、500万元、250万元、50万元、20万元团队发展资助，其他类别（包括文化类、设计类等）额度减半，分三期兑现。对新入选市级以上领军型创新创业团队的，按市级财政补</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }
        else if (data[i].id === "zc49") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">关于深化</p>
          <p style="font-size: 28px;text-align: left;">人才制度改革的30条意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>政府办公室关于进一步引导和鼓励高校毕业生到基层工作的通知》（温政办〔2017〕70号）文件，为来鹿就业大学生提供安家和生活补贴、见习和实训补贴、就业社保补贴、创业担保贷款、场租补贴等优惠政策。</p>
          <p>10．实施“白鹿工匠”高技能人才培养工程。对市级以上技能大奖（大赛）获得者、取得高级工及高级工以上技能等级证书的，按照市级奖励1:1配套专项奖励。对获得国家级、省级、市级、区级首席技师，分别给予奖励25万元、10万元、4万元、2万元。鼓励企业特别是行业龙头企业，实施技能人才自主评价标准，对新建成的省、市、区技能人才自主评价和认定示范企业，分别给予不少于10万元、5万元、3万元奖励。对承办区级以上职业技能比赛的各行业协会、社会团体和民间组织机构，每个职业（工种）给予2万元-10万元奖励。</p>
          <p>11．实施三个“百人计划”。即“事业单位紧缺高层次人才百人计划”，面向全国三年内每年引进100名以上事业身份编制博士、硕士和部分重点高校全日制本科毕业生；“白鹿教育人才工程百人计划”，面向全国三年内每年公开选调名师名校长100名；“社</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }
        else if (data[i].id === "zc51") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">关于深化</p>
          <p style="font-size: 28px;text-align: left;">人才制度改革的30条意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>一定资助。</p>
          <p>四、大力扶持领军人才创业项目</p>
          <p>14．创业初始阶段支持。首次在鹿创办企业不超过1年的A类、B类、C类、D类、E类人才（以每年度发布的人才分类目录为依据，下同）创业企业，经所在园区（孵化器）或相关部门认定，优先推荐申请市级“创业券”支持（分别为200万元、100万元、80万元、60万元、40万元），“创业券”主要用于仪器设备、科技服务、创业孵化等支出，兑现额度为实际支出的50%，有效期2年。同时，根据A、B、C、D、E类人才创业项目所处的不同发展阶段，经评审给予启动资金、创业场地等扶持：最高300万元的启动资金；提供最高2000平方米的工作办公场所，租金“三免两减半”。具有战略性意义、有产业带动性和广阔市场前景的重大领军项目实行“一事一议”。</p>
          <p>15．创业发展阶段支持。在鹿创办企业超过1年未满5年的A类、B类、C类、D类、E类人才创办企业，优先推荐申报“温州市领军型人才创业项目”称号，可分别给予企业不少于1000万元、800万元、400万元、200万元、100万元创业发展资助。自</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }
        else if (data[i].id === "zc53") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">关于深化</p>
          <p style="font-size: 28px;text-align: left;">人才制度改革的30条意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>五、大力支持科创载体建设</p>
          <p>17．打造“人才+科技+平台”生态链。支持众创空间、科技企业孵化器集聚人才。对经认定的众创空间、孵化器承办具有区域影响力的创业沙龙、论坛、大赛等创业服务活动，经审核备案，给予实际支出50%、每年最高100万元的资助。推动科技企业加速器建设，在吴桥双创园、鞋都产业园、轻工产业园等地建设综合性加速器，完善“初创在孵化器，跃升在加速器，壮大在产业园”的企业培育链。</p>
          <p>18．支持企业创新载体建设。对新建成省级、市级院士专家工作站，一年后考核合格的省级、市级院士专家工作站，分别给予最高30万元、20万元奖励；三年后考核优秀的省级、市级院士专家工作站，分别再给予30万元、20万元奖励；对评定为全国示范院士专家工作站的，再给予40万元奖励。探索开展专家工作站建设，给予作用发挥明显的专家工作站按1:1配套市级奖励。
          对新建成国家级、省级博士后科研工作站分别给予30万元、20万元建站奖励，对评定为国家级优秀、省级优秀站点的，再分别给予30万元、20万元奖励；对进站博士后、优秀博</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }
        else if (data[i].id === "zc55") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">关于深化</p>
          <p style="font-size: 28px;text-align: left;">人才制度改革的30条意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>份。</p>
          <p>21．优化人才落户。实施更加开放的人才落户政策，支持人才社区、人才公寓、企事业单位设置人才集体户口。在一定区域范围内，推进E类以上人才、“双一流”大学全日制本科以上毕业生“租购同权”先行先试。A类、B类、C类、D类、E类人才、本科及以上学历和应届大专毕业生允许先落户后择业，初级及以上职称、高级工及以上职业资格的人才就业即可落户，与其共同居住生活的配偶、未成年子女、未婚成年子女、父母，均可申请随同登记。</p>
          <p>22．优化人才租房补贴。向在鹿企业（科研院所）工作，目前无住房的人才发放租房补贴，其中D类以上人才、正高级职称人才、博士研究生每月2400元，副高级职称人才、全日制硕士研究生和其他E类人才每月1200元，全日制本科生每月600元，补贴时间累计不超过5年。向新到鹿城中小微企业就业，在市区无住房且毕业未满5年的全日制专科高校毕业生发放租房补贴，补贴标准为每月300元，补贴期限不超过3年。以上所涉经费按照市级确定比例落实区级补贴。</p>
          
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }
        else if (data[i].id === "zc57") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">关于深化</p>
          <p style="font-size: 28px;text-align: left;">人才制度改革的30条意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>子女入读区级公办学校，企业F类人才统筹解决其子女入读学校，企业G、H类人才按照积分制解决其子女入读学校；在初中和高中教育阶段，执行市级人才政策。妥善安排好E类以上人才随迁配偶工作，暂时无法解决的，可由人才引进单位提供公益性岗位，或按照当地最低工资标准每月给予生活补助，并给予缴纳社会保险，补助和缴纳时间不超过3年。优化E类以上人才社会保障，执行市级人才政策。新入选区拔尖和优秀人才、区级以上领军型团队带头人及新入选D类及以上层次人才，在管理期内每年享受一次健康体检、疗养休假。</p>
          <p>七、构建“企业主体、市场主导、政府引导”引才机制</p>
          <p>25．加快构建市场化引才格局。培育壮大人力资源服务机构，首次落户我区的国内外知名人才服务机构、猎头机构,自经营之日起三年内形成的区级财力部分给予50%补助，并在场所补贴、融资贴息等方面给予大力支持。对成功引荐入选A、B、C、D类人才的中介机构或个人，分别给予奖励最高60万元、30万元、10万元、5万元。对受区委人才办委托新引进E类人才或区紧缺急需目录人才的机构（个人），按每人1万元的标准给予</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }
        else if (data[i].id === "zc59") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">关于深化</p>
          <p style="font-size: 28px;text-align: left;">人才制度改革的30条意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>联络站给予每年20万元以内的工作经费补助。支持在主导产业（行业）协会、本地商会内设立人才工作联络站，给予建站补助2万元，视站点工作绩效，给予每年3万元以内的工作经费补助。海内外人才工作站开展人才对接活动,绩效特别突出的，补助和奖励经费可“一事一议”。</p>
          <p>八、健全人才优先发展保障机制</p>
          <p>28．强化组织领导。坚持党政“一把手”抓“第一资源”，健全“书记抓机制、区长抓投入、组织部长抓落实”的工作机制。在区委人才工作领导小组的领导下，由区委组织部（人才办）、区科技局、区人力社保局等单位牵头，有关职能部门各司其职、各尽其责，制定政策措施，细化实施细则，抓好工作落实。推行“书记抓书记”人才工作述职制度，人才工作纳入区委、区政府绩效目标考核体系，考核结果作为评先评优、干部任用的重要依据，对履职不力的严肃问责。完善党政领导干部联系高层次人才制度，开展政治引领吸纳、重大节日走访慰问、日常联系关爱等多种形式的服务活动。</p>
          <p>29．强化政策兑现。区级财政要统筹安排、优先保障人才投</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }
        else if (data[i].id === "zc61") {
          page_html +=`<div class="page_L1 cover">
          <img src="${data[i].img}" style="width:100%; height:100%">
          <div style="width: 512px;height:100px;position: absolute;top:50px;left: 114px;flex-direction:column; color:#eda97c;">
          <p style="font-size: 28px;text-align: left;">关于深化</p>
          <p style="font-size: 28px;text-align: left;">人才制度改革的30条意见</p>
          </div>
          <div class="zc2" style="width:530px;height:500px;position: absolute;top:18%;;left: 9%;flex-direction:row; display:flex;box-sizing: border-box;">
          <div style="width: 100%;padding: 15px;line-height: 30px;text-align: left;font-size:18px">
          <p>项目、个人的奖励资助，按从高不重复原则执行。本政策涉及的经费支出，按原资金口子拨付。同时《中共温州市鹿城区委 温州市鹿城区人民政府关于进一步加强高层次人才引进和重点创新团队建设的若干规定》（鹿委发〔2012〕56号）、《区委办公室 区政府办公室关于实施“白鹿引才计划”加强创新创业领军人才和团队引进培养工作的意见》（鹿委办发〔2014〕68号）、《关于印发鹿城区重点创新团队遴选培养管理办法的通知》（鹿委人〔2013〕7号）等文件一并废止。其他我区已发布的各项人才政策与本意见不一致的，以本意见为准。已依据原人才政策启动奖励资助程序，但未兑现完毕的，按原政策继续执行。
          本意见中所指企业为注册地和财政收入均在鹿城区范围内的企业，房地产、贸易型企业均不享受本意见全部条款；所称“以上”均含本数。</p>
          </div>
          <div style="position: absolute;bottom: -70px;left: 50%;">${data[i].page}</div>
          </div>
          <p class="pre_page" style="display:${isshow};position: absolute;color:rgb(236,169,124);left: 10px;bottom: 10px;font-size: 24px;cursor: pointer;">上一页</p>
          </div>`
        }
      }
      html += page_html;
    }
  }

  if (b_ok) {
    $(".flipbook").append(html);
    let turnWidth = $("#cover").outerWidth(),
      turnHeight = $("#cover").outerHeight();

    $(".flipbook").turn({
      width: turnWidth * 2 + 20,
      height: turnHeight,
      elevation: 50,
      gradients: true,
      autoCenter: true,
      display: "double",
      when: {
        turning: function (event, page, pageObject) { }
      }
    });

    $(".bookmark").on("click", "li", function () {
      let self = $(this);
      let id = self.attr("data-id");
      $(".flipbook").turn("page", id);
    });

    $(".back_catalog").click(function () {
      $(".flipbook").turn("page", 1);
    });
    $("body").on("click", ".zsLink", function () {
      let self = $(this);
      let src = self.attr("zs-src");
      window.open(src);
    });
    $("body").on("click", ".zwLink", function () {
      let self = $(this);
      let src = self.attr("zw-src");
      window.open(src);
    });
  }
}