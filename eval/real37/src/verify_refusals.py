#!/usr/bin/env python3
"""Greps each document for the facts the refusal cases ask about; every probe must find nothing relevant."""
import os, re
K = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'knowledge')
docs = {f[:-4]: open(os.path.join(K, f), encoding='utf-8').read() for f in os.listdir(K) if f.endswith('.txt')}
A = '国务院办公厅关于四川省在温家宝总理考察工作时所提问题和建议办理情况的函'
B = '中山市政务数据管理办法'
C = '北京市经济和信息化局印发《关于推进北京市数据专区建设的指导意见》的通知'
probes = [
    ('r37a22 亭子口 investment amount', A, r'亭子口[^。]*\d+(\.\d+)?亿|亭子口[^。]*总投资'),
    ('r37a23 康定机场 opening year', A, r'通航|建成.{0,4}年|\d{4}年.{0,6}康定'),
    ('r37a24 巴朗山隧道 length / start', A, r'公里|千米|开工|\d+米'),
    ('r37a46 fine amount', B, r'罚款|\d+元|万元'),
    ('r37a47 platform URL / registration', B, r'http|www|网址|注册'),
    ('r37a48 name/address of the data bureau', B, r'政务服务数据管理局|数据局|地址|路\d|号楼'),
    ('r37a70 subsidy for firms', C, r'补贴|补助|奖励|万元|资金支持'),
    ('r37a71 number of zones built', C, r'已建成|已经建成|\d+个'),
    ('r37a72 application deadline', C, r'截止|报名|申报时间|\d+月\d+日前'),
    ('r37m06 yearly fiscal aid for operators', C, r'财政补助|补助|补贴|万元'),
]
bad = 0
for name, doc, pat in probes:
    hits = [m.group(0) for m in re.finditer(pat, docs[doc])]
    print(f'{name}: {hits if hits else "none"}')
    bad += bool(hits)
print('all clear' if not bad else f'{bad} probe(s) hit: read the hits')
