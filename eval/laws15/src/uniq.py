#!/usr/bin/env python3
"""Reports, per answerable case, whether the question names its law and in how many corpus files
the cited passage occurs (whitespace-stripped). 'unnamed+unique' = the question does not contain the
law's short name and the passage occurs only in that law. Usage: python3 src/uniq.py"""
import json, os, re
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAWS = os.environ.get('LAWS_DIR', '/work/shared/corpus/laws')
strip = lambda s: re.sub(r'\s+', '', s)
docs = {}
for root, _, files in os.walk(LAWS):
    for f in files:
        if f.endswith('.md') and f != '_index.md':
            p = os.path.join(root, f)
            docs[os.path.relpath(p, LAWS)] = strip(open(p, encoding='utf-8').read())

def short_name(note):
    t = re.sub(r'\(\d{4}-\d{2}-\d{2}\)\.md$', '', os.path.basename(note))
    return t.replace('中华人民共和国', '')

cases = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') if l.strip()]
cases += [json.loads(l) for l in open(os.path.join(HERE, 'conversations.jsonl'), encoding='utf-8') if l.strip()]
# Key fact phrases (each contains one of the case's must alternatives): must occur in exactly one corpus file.
KEYS = {
    'lw15-01': '高收费私立学校',
    'lw15-04': '在二审期间提出的，人民法院不予支持',
    'lw15-05': '一百厘米',
    'lw15-06': '私人庆吊',
    'lw15-08': '10万元以上奖励',
    'lw15-09': '30个工作日内，由设区的市级以上国家安全机关启动',
    'lw15-11': '留名纪念',
    'lw15-16': '提前支取的部分按支取日挂牌公告的活期储蓄存款利率',
    'lw15-17': '5天内补办书面申请挂失手续',
    'lw15-19': '服现役年限与入伍前和退出现役后参加职工基本养老保险的缴费年限合并计算',
    'lw15-22': '责令限期修建，可以并处十万元以下的罚款',
    'lw15-25': '卫生、医药部门组建医疗救护队',
    'lw15-26': '气象台站应当按照职责向社会发布公众气象预报',
    'lw15-29': '最高密级为绝密级',
    'lw15-31': '拟飞行前1天15时前',
    'lw15-33': '受害森林面积在1000公顷以上',
    'lw15-34': '不得动员残疾人、孕妇和未成年人',
    'lw15-36': '引渡拘留措施后三十日内',
    'lw15-38': '由海事管理机构责令限期改正；逾期不改正的，强制拆除养殖',
    'lw15-41': '购种价款、可得利益损失',
    'lw15-42': '理工农医',
    'lw15-46': '不少于五名专家',
    'lw15-47': '按照均等的比例享受信托利益',
    'lw15-48': '自债权人知道或者应当知道撤销原因之日起一年内',
}
good = []
keyed = []
for c in cases:
    if c.get('refuse'):
        continue
    q = strip(c['q'] if 'q' in c else ''.join(c['turns']))
    named = short_name(c['note']) in q
    p = strip(c['passage'])
    hits = [k for k, v in docs.items() if p in v]
    allmust = [k for k, v in docs.items() if all(any(strip(a) in v for a in g) for g in c['must'])]
    tag = 'NAMED' if named else ('unnamed+unique' if hits == [c['note']] else 'unnamed')
    if tag == 'unnamed+unique' and 'q' in c:
        good.append(c['id'])
    key = KEYS.get(c['id'])
    if key:
        kh = [k for k, v in docs.items() if strip(key) in v]
        kin = any(strip(a) in strip(key) for g in c['must'] for a in g)
        ok = kh == [c['note']] and kin and not named and 'q' in c
        if ok:
            keyed.append(c['id'])
        else:
            print('  KEY PROBLEM', c['id'], key, len(kh), kin)
    print(f"{c['id']:10s} {tag:15s} passage-files={len(hits)} all-must-files={len(allmust):3d}  {short_name(c['note'])}")
print(f'\nsingle-turn answerable, unnamed, passage unique to its law: {len(good)}')
print(' '.join(good))
print(f'of these, key fact phrase (with a must alternative) found only in that law: {len(keyed)}')
print(' '.join(keyed))
