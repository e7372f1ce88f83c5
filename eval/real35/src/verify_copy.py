#!/usr/bin/env python3
"""Knowledge files A and B were transcribed from the stored text of zhiyao87/Shanghai-Gov-Docs-Index
(read through the search tool's read_file; the repository could not be fetched). The stored files are
front matter + two repository notes + '# ' + the text kept here. This script re-adds the exact front matter
and compares the total length with the stored file's total_chars (3984 and 3490)."""
import os
K = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'knowledge')
hA = '''---
标题: 上海市人民政府办公厅关于印发《上海市公园提质增效实施方案》的通知
文号: 沪府办发〔2026〕21号
发布单位: 上海市人民政府办公厅
发布日期: 2026-08-04
层级: 市级
类型: 实施意见
分类: 市容绿化与景观
状态: 有效
官方链接: https://www.shanghai.gov.cn/zhengce/detail?businessId=8c6ab687ef4c4ef9bf16405f0b147d80&siteId=0001
---

> 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅；以[官方链接](https://www.shanghai.gov.cn/zhengce/detail?businessId=8c6ab687ef4c4ef9bf16405f0b147d80)发布版本为准。&siteId=0001
> 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。

# '''
hB = '''---
标题: 关于印发《上海市历史风貌保护及城市更新资金管理办法》的通知
文号: 沪财发〔2024〕8号
发布单位: 上海市财政局
发布日期: 2024-08-20
层级: 市级
类型: 办法
分类: 城市更新与历史保护
状态: 有效
官方链接: https://www.shanghai.gov.cn/zhengce/detail/0017::xxfboswf0000002958
---

> 本文正文由脚本自上海市官方公开页面提取，仅供检索查阅；以[官方链接](https://www.shanghai.gov.cn/zhengce/detail/0017::xxfboswf0000002958)发布版本为准。
> 依《中华人民共和国著作权法》第五条第一项，具有立法、行政、司法性质的文件不适用著作权法。

# '''
for h, f, want in ((hA, '上海市人民政府办公厅关于印发《上海市公园提质增效实施方案》的通知.txt', 3984),
                   (hB, '关于印发《上海市历史风貌保护及城市更新资金管理办法》的通知.txt', 3490)):
    n = len(h) + len(open(os.path.join(K, f), encoding='utf-8').read())
    print(f, n, 'OK' if n == want else f'MISMATCH (stored {want})')
