# Builds knowledge/*.txt from the raw copies in src/raw/ (run from the suite folder: python3 src/build_knowledge.py)
import json, re
A = '广安市人民政府办公室关于印发广安市建立健全现代医院管理制度实施方案的通知'
B = '气象设施和气象探测环境保护条例'
C = '国务院办公厅关于加强环境监管执法的通知'
# A: record content up to "相关附件：" (the rest is page chrome), re-split into lines at the document's own structure.
rec = json.load(open('src/raw/A_guangan_work_policy_data_55.json'))
body = rec['content'][:rec['content'].index('相关附件：')]
for s in ['《广安市建立健全现代医院管理制度实施方案》已经', '广安市人民政府办公室2019年', '2019年2月19日',
          '广安市建立健全现代医院管理制度实施方案为', '为贯彻落实', '一、工作目标', '到2020年，建立健全', '二、任务分工', '三、组织实施']:
    i = body.index(s)
    body = body[:i] + '\n' + body[i:]
body = re.sub(r'(?<!\n)(（[一二三四]）)', r'\n\1', body)
body = re.sub(r'(?<!\n)(\d．)', r'\n\1', body)
open(f'knowledge/{A}.txt', 'w').write(A + '\n' + body.strip('\n') + '\n')
# B: one stored line; paragraphs are separated by two ideographic spaces "　　" -> re-split there; title line from the text's own first words
raw = open('src/raw/B_hfs_result_line1535.txt').read().rstrip('\n')
assert raw.startswith(B)
parts = raw[len(B):].split('　　')
open(f'knowledge/{B}.txt', 'w').write(B + '\n' + '\n'.join(p for p in parts if p) + '\n')
# C: the stored line verbatim (no line breaks), title line prepended
raw = open('src/raw/C_hfs_result_line1367.txt').read().rstrip('\n')
open(f'knowledge/{C}.txt', 'w').write(C + '\n' + raw + '\n')
