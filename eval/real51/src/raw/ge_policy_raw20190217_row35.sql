 (id, crawl_url, crawl_time, index_number, title, release_office, release_number, policy_basis, wiritten_time, release_time, effect_time, content, image_url, status, html, remark) values (35, 'http://www.gov.cn/zhengce/content/2018-12/20/content_5350427.htm', '2019-02-17 15:28:37', '000014349/2018-00216', '国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见', '国务院办公厅', '国办发〔2018〕115号', null, '2019-01-04 15:28:37', '2019-01-20 15:28:37', null, '<tbody> 
 <tr> 
  <td class="b12c" id="UCAP-CONTENT"><p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">国务院办公厅关于全面推行行政规范性文件</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">合法性审核机制的指导意见</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">国办发〔2018〕115号</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><br> </p> <p align="" style="margin-top: 0px; margin-bottom: 0px;text-align: justify; font-family: 宋体;">各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">制定行政规范性文件（以下简称规范性文件）是行政机关或者经法律、法规授权的具有管理公共事务职能的组织（以下统称行政机关）依法履行职能的重要方式。对规范性文件进行合法性审核是确保行政机关出台的规范性文件合法有效的重要措施。全面推行规范性文件合法性审核机制，是推进依法行政、建设法治政府的必然要求，有利于维护国家法制统一、政令统一，有利于从源头上防止违法文件出台、促进行政机关严格规范公正文明执法，有利于保障公民、法人和其他组织的合法权益。《中共中央关于全面深化改革若干重大问题的决定》提出，要完善规范性文件合法性审核机制。中共中央、国务院印发的《法治政府建设实施纲要（2015—2020年）》要求完善规范性文件制定程序，落实合法性审核制度。为全面推行规范性文件合法性审核机制，经党中央、国务院同意，现提出以下意见。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">一、总体要求</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）指导思想。</span><span style="font-family: 宋体;">以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中全会精神，认真落实党中央、国务院决策部署，按照依法治国、依法执政、依法行政共同推进，法治国家、法治政府、法治社会一体建设的要求，全面推行规范性文件合法性审核机制，维护国家法制统一、尊严、权威，加快建设法治政府，提高政府治理能力。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（二）主要目标。</span><span style="font-family: 宋体;">进一步明确规范性文件合法性审核的范围、主体、程序、职责和责任，建立健全程序完备、权责一致、相互衔接、运行高效的合法性审核机制，落实审核工作要求，加大组织保障力度，确保所有规范性文件均经过合法性审核，保证规范性文件合法有效。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">二、严格落实工作措施</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（三）明确审核范围。</span><span style="font-family: 宋体;">各地区、各部门要结合工作实际，从制定主体、公文种类、管理事项等方面，确定纳入规范性文件合法性审核的标准和范围，编制规范性文件制定主体清单，明确规范性文件的公文种类，列明规范性文件管理事项类别。凡涉及公民、法人和其他组织权利义务的规范性文件，均要纳入合法性审核范围，确保实现全覆盖，做到应审必审。行政机关内部执行的管理规范、工作制度、机构编制、会议纪要、工作方案、请示报告及表彰奖惩、人事任免等文件，不纳入规范性文件合法性审核范围。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（四）确定审核主体。</span><span style="font-family: 宋体;">各级人民政府及其部门要明确具体承担规范性文件合法性审核工作的部门或者机构（以下统称审核机构）。以县级以上人民政府或者其办公机构名义印发的规范性文件，或者由县级以上人民政府部门起草、报请本级人民政府批准后以部门名义印发的规范性文件，由同级人民政府审核机构进行审核；起草部门已明确专门审核机构的，应当先由起草部门审核机构进行审核。国务院部门制定的规范性文件，由本部门审核机构进行审核。省、自治区、直辖市和设区的市人民政府部门制定的规范性文件，由本部门审核机构进行审核，也可以根据实际需要由本级人民政府确定的审核机构进行审核。县（市、区）人民政府部门、乡镇人民政府及街道办事处制定的规范性文件，已明确专门审核机构或者专门审核人员的，由本单位审核机构或者审核人员进行审核；未明确专门审核机构或者专门审核人员的，统一由县（市、区）人民政府确定的审核机构进行审核。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（五）规范审核程序。</span><span style="font-family: 宋体;">各地区、各部门要根据实际情况确定规范性文件合法性审核程序，明确起草单位、制定机关办公机构及审核机构的职责权限，严格执行材料报送、程序衔接、审核时限等工作要求。起草单位报送的审核材料，应当包括文件送审稿及其说明，制定文件所依据的法律、法规、规章和国家政策规定，征求意见及意见采纳情况，本单位的合法性审核意见，以及针对不同审核内容需要的其他材料等。起草单位直接将文件送审稿及有关材料报送制定机关办公机构的，制定机关办公机构要对材料的完备性、规范性进行审查。符合要求的，转送审核机构进行审核；不符合要求的，可以退回，或者要求起草单位在规定时间内补充材料或说明情况后转送审核机构进行审核。起草单位直接将文件送审稿及有关材料报送审核机构进行审核的，审核机构要对材料的完备性、规范性进行审核，不符合要求的，可以退回，或者要求起草单位在规定时间内补充材料或说明情况。除为了预防、应对和处置突发事件，或者执行上级机关的紧急命令和决定需要立即制定实施规范性文件等外，合法性审核时间一般不少于5个工作日，最长不超过15个工作日。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（六）明确审核职责。</span><span style="font-family: 宋体;">审核机构要认真履行审核职责，防止重形式、轻内容、走过场，严格审核以下内容：制定主体是否合法；是否超越制定机关法定职权；内容是否符合宪法、法律、法规、规章和国家政策规定；是否违法设立行政许可、行政处罚、行政强制、行政征收、行政收费等事项；是否存在没有法律、法规依据作出减损公民、法人和其他组织合法权益或者增加其义务的情形；是否存在没有法律、法规依据作出增加本单位权力或者减少本单位法定职责的情形；是否违反规范性文件制定程序。审核机构要根据不同情形提出合法、不合法、应当予以修改的书面审核意见。起草单位应当根据合法性审核意见对规范性文件作必要的修改或者补充；特殊情况下，起草单位未完全采纳合法性审核意见的，应当在提请制定机关审议时详细说明理由和依据。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（七）强化审核责任。</span><span style="font-family: 宋体;">要充分发挥合法性审核机制对确保规范性文件合法有效的把关作用，不得以征求意见、会签、参加审议等方式代替合法性审核。未经合法性审核或者经审核不合法的文件，不得提交集体审议。审核机构未严格履行审核职责导致规范性文件违法，造成严重后果的，依纪依法追究有关责任人员的责任；未经合法性审核或者不采纳合法性审核意见导致规范性文件违法，造成严重后果的，依纪依法追究有关责任人员的责任。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">三、健全审核工作机制</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（八）完善审核工作方式。</span><span style="font-family: 宋体;">审核机构可以根据工作需要，采用多种方式进行合法性审核，提高质量和效率。对影响面广、情况复杂、社会关注度高的规范性文件，如审核过程中遇到疑难法律问题，要在书面征求意见的基础上，采取召开座谈会、论证会等方式听取有关方面意见。要建立健全专家协助审核机制，充分发挥政府法律顾问、公职律师和有关专家作用。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（九）发挥审核管理信息平台作用。</span><span style="font-family: 宋体;">要积极探索利用信息化手段推进规范性文件合法性审核机制建设，完善合法性审核管理信息平台，制定建设标准，统一格式、文本等各项管理要求，做好与公文管理系统和政务信息公开平台的衔接，实现电子审核一体化和平台互联互通。建立合法性审核台账，对已审核的规范性文件实行动态化、精细化管理。建立合法性审核信息共享机制，充分利用大数据技术和资源，加强对审核数据的统计分析，推动信息共享和整合，切实提高审核实效。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">四、加大组织保障力度</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（十）加强组织领导。</span><span style="font-family: 宋体;">各地区、各部门要充分认识全面推行规范性文件合法性审核机制的重要意义，主要负责同志作为本地区、本部门规范性文件合法性审核工作第一责任人，要切实加强对规范性文件合法性审核机制建设工作的领导，听取合法性审核工作情况汇报，及时研究解决工作中的重要问题。要结合本地区、本部门实际制定具体实施意见，进一步完善工作制度，明确责任分工和时间进度要求，细化具体措施，确保各项工作落实到位。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（十一）注重能力建设。</span><span style="font-family: 宋体;">各地区、各部门要高度重视规范性文件合法性审核能力建设，认真落实审核责任。要设立专门工作机构或者明确相关机构负责合法性审核工作，配齐配强审核工作力量，确保与审核工作任务相适应。要加强合法性审核人员正规化、专业化、职业化建设，建立健全定期培训和工作交流制度，多形式开展业务学习和经验交流，全面提升合法性审核人员的政治素质和业务能力。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（十二）强化指导监督。</span><span style="font-family: 宋体;">各地区、各部门要将规范性文件合法性审核机制建设情况纳入法治政府建设督察内容，将规范性文件合法性审核工作纳入法治政府建设考评指标体系，建立情况通报制度，对工作扎实、成效显著的予以表扬激励，对工作开展不力的及时督促整改，对工作中出现问题造成不良后果的依纪依法问责。各级人民政府对所属部门、上级人民政府对下级人民政府要加强指导监督，发现问题及时纠正。审核机构要建立健全统计分析、规范指导、沟通衔接、问题通报等机制，加强共性问题研究，定期向制定机关、起草单位通报本地区、本部门合法性审核情况和存在的问题，切实提高规范性文件质量。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">司法部负责组织协调、统筹推进、督促指导本意见贯彻落实工作。要及时跟踪了解落实情况，督促检查指导规范性文件合法性审核机制建设，总结交流推广工作经验，研究协调解决共性问题。各地区、各部门要将本意见的贯彻落实情况和工作中遇到的重要事项及时报司法部。</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">国务院办公厅&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">2018年12月4日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（此件公开发布）</p></td> 
 </tr> 
 <tr> 
  <td></td> 
 </tr> 
</tbody>', null, '未处理', '<div class="wrap" style=" font-family:宋体"> 
 <table width="930" border="0" cellpadding="0" cellspacing="0" style="border:1px solid #999999;margin:0 auto;margin-top:10px;"> 
  <tbody> 
   <tr> 
    <td>
     <table width="860" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:860px;margin:0 auto;margin-top:12px;"> 
      <tbody> 
       <tr> 
        <td width="70"><b>索 引 号：</b></td> 
        <td width="360">000014349/2018-00216</td> 
        <td width="70"><b>主题分类：</b></td> 
        <td width="360">公安、安全、司法\\司法</td> 
       </tr> 
       <tr> 
        <td><b>发文机关：</b></td> 
        <td>国务院办公厅</td> 
        <td><b>成文日期：</b></td> 
        <td>2018年12月04日</td> 
       </tr> 
       <tr> 
        <td><b>标　　题：</b></td> 
        <td colspan="3">国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见</td> 
       </tr> 
       <tr> 
        <td><b>发文字号：</b></td> 
        <td>国办发〔2018〕115号</td> 
        <td><b>发布日期：</b></td> 
        <td>2018年12月20日</td> 
       </tr> 
      </tbody> 
     </table> 
     <table width="860" border="0" cellpadding="0" cellspacing="0" class="bd1" style="width:860px;margin:0 auto;margin-bottom:12px;"> 
      <tbody> 
       <tr> 
        <td width="70" valign="top"><b>主 题 词：</b></td> 
        <td width="351" valign="top"></td> 
        <td width="68" valign="top"></td> 
        <td valign="top"></td> 
       </tr> 
      </tbody> 
     </table></td> 
   </tr> 
  </tbody> 
 </table> 
 <br> 
 <table width="930" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;"> 
  <tbody> 
   <tr> 
    <td width="675" valign="top">
     <table width="674" border="0" cellpadding="0" cellspacing="0" style="margin:0 auto;border-right:1px solid #cacaca;"> 
      <tbody> 
       <tr> 
        <td><br> 
         <table width="650" border="0" cellpadding="0" cellspacing="0"> 
          <tbody> 
           <tr> 
            <td class="b12c" id="UCAP-CONTENT"><p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">国务院办公厅关于全面推行行政规范性文件</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><span style="font-weight: bold; font-size: 18pt;">合法性审核机制的指导意见</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">国办发〔2018〕115号</span></p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: center; font-family: 宋体;"><br> </p> <p align="" style="margin-top: 0px; margin-bottom: 0px;text-align: justify; font-family: 宋体;">各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">制定行政规范性文件（以下简称规范性文件）是行政机关或者经法律、法规授权的具有管理公共事务职能的组织（以下统称行政机关）依法履行职能的重要方式。对规范性文件进行合法性审核是确保行政机关出台的规范性文件合法有效的重要措施。全面推行规范性文件合法性审核机制，是推进依法行政、建设法治政府的必然要求，有利于维护国家法制统一、政令统一，有利于从源头上防止违法文件出台、促进行政机关严格规范公正文明执法，有利于保障公民、法人和其他组织的合法权益。《中共中央关于全面深化改革若干重大问题的决定》提出，要完善规范性文件合法性审核机制。中共中央、国务院印发的《法治政府建设实施纲要（2015—2020年）》要求完善规范性文件制定程序，落实合法性审核制度。为全面推行规范性文件合法性审核机制，经党中央、国务院同意，现提出以下意见。</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">一、总体要求</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（一）指导思想。</span><span style="font-family: 宋体;">以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中全会精神，认真落实党中央、国务院决策部署，按照依法治国、依法执政、依法行政共同推进，法治国家、法治政府、法治社会一体建设的要求，全面推行规范性文件合法性审核机制，维护国家法制统一、尊严、权威，加快建设法治政府，提高政府治理能力。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（二）主要目标。</span><span style="font-family: 宋体;">进一步明确规范性文件合法性审核的范围、主体、程序、职责和责任，建立健全程序完备、权责一致、相互衔接、运行高效的合法性审核机制，落实审核工作要求，加大组织保障力度，确保所有规范性文件均经过合法性审核，保证规范性文件合法有效。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">二、严格落实工作措施</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（三）明确审核范围。</span><span style="font-family: 宋体;">各地区、各部门要结合工作实际，从制定主体、公文种类、管理事项等方面，确定纳入规范性文件合法性审核的标准和范围，编制规范性文件制定主体清单，明确规范性文件的公文种类，列明规范性文件管理事项类别。凡涉及公民、法人和其他组织权利义务的规范性文件，均要纳入合法性审核范围，确保实现全覆盖，做到应审必审。行政机关内部执行的管理规范、工作制度、机构编制、会议纪要、工作方案、请示报告及表彰奖惩、人事任免等文件，不纳入规范性文件合法性审核范围。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（四）确定审核主体。</span><span style="font-family: 宋体;">各级人民政府及其部门要明确具体承担规范性文件合法性审核工作的部门或者机构（以下统称审核机构）。以县级以上人民政府或者其办公机构名义印发的规范性文件，或者由县级以上人民政府部门起草、报请本级人民政府批准后以部门名义印发的规范性文件，由同级人民政府审核机构进行审核；起草部门已明确专门审核机构的，应当先由起草部门审核机构进行审核。国务院部门制定的规范性文件，由本部门审核机构进行审核。省、自治区、直辖市和设区的市人民政府部门制定的规范性文件，由本部门审核机构进行审核，也可以根据实际需要由本级人民政府确定的审核机构进行审核。县（市、区）人民政府部门、乡镇人民政府及街道办事处制定的规范性文件，已明确专门审核机构或者专门审核人员的，由本单位审核机构或者审核人员进行审核；未明确专门审核机构或者专门审核人员的，统一由县（市、区）人民政府确定的审核机构进行审核。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（五）规范审核程序。</span><span style="font-family: 宋体;">各地区、各部门要根据实际情况确定规范性文件合法性审核程序，明确起草单位、制定机关办公机构及审核机构的职责权限，严格执行材料报送、程序衔接、审核时限等工作要求。起草单位报送的审核材料，应当包括文件送审稿及其说明，制定文件所依据的法律、法规、规章和国家政策规定，征求意见及意见采纳情况，本单位的合法性审核意见，以及针对不同审核内容需要的其他材料等。起草单位直接将文件送审稿及有关材料报送制定机关办公机构的，制定机关办公机构要对材料的完备性、规范性进行审查。符合要求的，转送审核机构进行审核；不符合要求的，可以退回，或者要求起草单位在规定时间内补充材料或说明情况后转送审核机构进行审核。起草单位直接将文件送审稿及有关材料报送审核机构进行审核的，审核机构要对材料的完备性、规范性进行审核，不符合要求的，可以退回，或者要求起草单位在规定时间内补充材料或说明情况。除为了预防、应对和处置突发事件，或者执行上级机关的紧急命令和决定需要立即制定实施规范性文件等外，合法性审核时间一般不少于5个工作日，最长不超过15个工作日。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（六）明确审核职责。</span><span style="font-family: 宋体;">审核机构要认真履行审核职责，防止重形式、轻内容、走过场，严格审核以下内容：制定主体是否合法；是否超越制定机关法定职权；内容是否符合宪法、法律、法规、规章和国家政策规定；是否违法设立行政许可、行政处罚、行政强制、行政征收、行政收费等事项；是否存在没有法律、法规依据作出减损公民、法人和其他组织合法权益或者增加其义务的情形；是否存在没有法律、法规依据作出增加本单位权力或者减少本单位法定职责的情形；是否违反规范性文件制定程序。审核机构要根据不同情形提出合法、不合法、应当予以修改的书面审核意见。起草单位应当根据合法性审核意见对规范性文件作必要的修改或者补充；特殊情况下，起草单位未完全采纳合法性审核意见的，应当在提请制定机关审议时详细说明理由和依据。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（七）强化审核责任。</span><span style="font-family: 宋体;">要充分发挥合法性审核机制对确保规范性文件合法有效的把关作用，不得以征求意见、会签、参加审议等方式代替合法性审核。未经合法性审核或者经审核不合法的文件，不得提交集体审议。审核机构未严格履行审核职责导致规范性文件违法，造成严重后果的，依纪依法追究有关责任人员的责任；未经合法性审核或者不采纳合法性审核意见导致规范性文件违法，造成严重后果的，依纪依法追究有关责任人员的责任。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">三、健全审核工作机制</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（八）完善审核工作方式。</span><span style="font-family: 宋体;">审核机构可以根据工作需要，采用多种方式进行合法性审核，提高质量和效率。对影响面广、情况复杂、社会关注度高的规范性文件，如审核过程中遇到疑难法律问题，要在书面征求意见的基础上，采取召开座谈会、论证会等方式听取有关方面意见。要建立健全专家协助审核机制，充分发挥政府法律顾问、公职律师和有关专家作用。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（九）发挥审核管理信息平台作用。</span><span style="font-family: 宋体;">要积极探索利用信息化手段推进规范性文件合法性审核机制建设，完善合法性审核管理信息平台，制定建设标准，统一格式、文本等各项管理要求，做好与公文管理系统和政务信息公开平台的衔接，实现电子审核一体化和平台互联互通。建立合法性审核台账，对已审核的规范性文件实行动态化、精细化管理。建立合法性审核信息共享机制，充分利用大数据技术和资源，加强对审核数据的统计分析，推动信息共享和整合，切实提高审核实效。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;"><span style="font-weight: bold;">四、加大组织保障力度</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（十）加强组织领导。</span><span style="font-family: 宋体;">各地区、各部门要充分认识全面推行规范性文件合法性审核机制的重要意义，主要负责同志作为本地区、本部门规范性文件合法性审核工作第一责任人，要切实加强对规范性文件合法性审核机制建设工作的领导，听取合法性审核工作情况汇报，及时研究解决工作中的重要问题。要结合本地区、本部门实际制定具体实施意见，进一步完善工作制度，明确责任分工和时间进度要求，细化具体措施，确保各项工作落实到位。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（十一）注重能力建设。</span><span style="font-family: 宋体;">各地区、各部门要高度重视规范性文件合法性审核能力建设，认真落实审核责任。要设立专门工作机构或者明确相关机构负责合法性审核工作，配齐配强审核工作力量，确保与审核工作任务相适应。要加强合法性审核人员正规化、专业化、职业化建设，建立健全定期培训和工作交流制度，多形式开展业务学习和经验交流，全面提升合法性审核人员的政治素质和业务能力。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify;"><span style="font-family: 楷体, 楷体_GB2312;">（十二）强化指导监督。</span><span style="font-family: 宋体;">各地区、各部门要将规范性文件合法性审核机制建设情况纳入法治政府建设督察内容，将规范性文件合法性审核工作纳入法治政府建设考评指标体系，建立情况通报制度，对工作扎实、成效显著的予以表扬激励，对工作开展不力的及时督促整改，对工作中出现问题造成不良后果的依纪依法问责。各级人民政府对所属部门、上级人民政府对下级人民政府要加强指导监督，发现问题及时纠正。审核机构要建立健全统计分析、规范指导、沟通衔接、问题通报等机制，加强共性问题研究，定期向制定机关、起草单位通报本地区、本部门合法性审核情况和存在的问题，切实提高规范性文件质量。</span></p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">司法部负责组织协调、统筹推进、督促指导本意见贯彻落实工作。要及时跟踪了解落实情况，督促检查指导规范性文件合法性审核机制建设，总结交流推广工作经验，研究协调解决共性问题。各地区、各部门要将本意见的贯彻落实情况和工作中遇到的重要事项及时报司法部。</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">国务院办公厅&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p> <p style="margin-top: 0px; margin-bottom: 0px; text-align: right; font-family: 宋体;">2018年12月4日&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</p> <p align="" style="margin-top: 0px; margin-bottom: 0px; text-indent: 2em; text-align: justify; font-family: 宋体;">（此件公开发布）</p></td> 
           </tr> 
           <tr> 
            <td></td> 
           </tr> 
          </tbody> 
         </table> 
         <div id="pageBreak"></div> 
         <!--/enpcontent--> 
         <div id="div_div"> 
          <div id="qr_container" style="margin:auto; position:relative;">
           扫一扫在手机打开当前页
          </div> 
         </div> 
         <div id="pageBreak"></div> 
         <!-- 用来校验该浏览器是否支持HTML5 --> 
         <canvas id="Canvas"></canvas> 
         <table width="650" border="0" align="left" cellpadding="0" cellspacing="0" style="border-top:1px solid #333333;margin-top:18px;"> 
          <tbody> 
           <tr> 
            <td height="60" align="center"><img src="http://www.gov.cn/zhengce/130.files/sendmail.gif" width="43" height="18" style="margin-right:12px;display:none;"> <a href="/zhengce/content/2018-12/20/content_5350427.htm#" class="black" onclick="javascript:window.external.AddFavorite(document.URL,document.title);return false"><img src="http://www.gov.cn/zhengce/130.files/save.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2018-12/20/content_5350427.htm#" onclick="javascript:window.print()"><img src="http://www.gov.cn/zhengce/130.files/openpage.gif" width="70" height="18" style="margin-right:12px;"></a> <a href="/zhengce/content/2018-12/20/content_5350427.htm#" onclick="window.close()"><img src="http://www.gov.cn/zhengce/130.files/close.gif" width="70" height="18" style="margin-right:12px;"></a></td> 
           </tr> 
          </tbody> 
         </table> 
         <div style="clear:both;">
          &nbsp;
         </div> </td> 
       </tr> 
      </tbody> 
     </table></td> 
    <td valign="top">
     <table width="235" border="0" cellspacing="0" cellpadding="0" style="float:left;margin-left:20px;"> 
      <tbody> 
       <tr> 
        <td><iframe id="frame_content" name="frame_content" src="http://www.gov.cn/zhengce/2018-12/20/content_5350470.htm" width="100%" height="1150" scrolling="no" marginheight="0" frameborder="0"></iframe></td> 
       </tr> 
      </tbody> 
     </table></td> 
   </tr> 
  </tbody> 
 </table> 
 <!--二维码微信微博--> 
 <!--国务院客户端  微博微信  三个链接--> 
 <!--<div class="de_bannerS" style="position: relative;">
	<img src="/govweb/xhtml/2016gov/images/public/de_bannerS.jpg">
    <a href="http://www.gov.cn/public/yidongkehuduan.htm" target="_blank" style="position: absolute; top: 1px; left: 1px; display: block; width: 528px; height: 128px; opacity: 1; background: none;"></a>
	<a href="http://www.gov.cn/home/2014-02/18/content_5046260.htm" target="_blank" style="position: absolute; top: 1px; left: 531px; width: 360px; height: 128px; opacity: 1; background: none;"></a>
</div>--> 
 <!--营改增专题  微博微信  三个链接--> 
 <div class="de_bannerS" style=" position: relative;"> 
  <img src="/govweb/xhtml/2016gov/images/public/de_bannerS_sjh.jpg"> 
  <a href="http://www.gov.cn/public/yidongkehuduan.htm" target="_blank" style="position: absolute; top: 1px; left: 1px; display: block; width: 141px; height: 128px; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
  <a href="http://login.forum.gov.cn/html/form/suggest_wxzlsjh.html" target="_blank" style="position: absolute; top: 1px; left: 143px; width: 370px; height: 128px; opacity: 0; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
  <a href="http://www.gov.cn/home/2014-02/18/content_5046260.htm" target="_blank" style="position: absolute; top: 1px; left: 531px; width: 360px; height: 128px; opacity: 0; opacity: 0;filter:alpha(opacity=0);-khtml-opacity:0;-moz-opacity:0;"></a> 
 </div> 
</div>', 'HTML');