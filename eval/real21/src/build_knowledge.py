# Builds knowledge/*.txt from the raw files fetched from lukkaal/DataExtract (POLICY_TEST/).
# Only changes: decode GBK->UTF-8 where needed, prepend a title line (= file name).
import os
RAW = os.path.join(os.path.dirname(__file__), 'raw', 'POLICY_TEST')
OUT = os.path.join(os.path.dirname(__file__), '..', 'knowledge')
os.makedirs(OUT, exist_ok=True)
docs = [
  ('广州市工业和信息化局关于印发《广州市“5G+工业互联网”融合应用试点城市方案》的通知',
   '广州市工业和信息化局关于印发《广州市“5G+工业互联网”融合应用试点城市方案》的通知.txt', 'utf-8'),
  ('广州开发区 广州市黄埔区促进文旅产业与版权经济高质量发展的若干措施',
   '广州开发区 广州市黄埔区促进文旅产业与版权经济高质量发展的若干措施.txt', 'gbk'),
  ('广州市花都区科技工业和信息化局关于印发花都区中小企业助保贷业务管理办法的通知',
   '广州市花都区科技工业和信息化局关于印发花都区中小企业助保贷业务管理办法的通知.txt', 'utf-8'),
]
for title, fn, enc in docs:
    raw = open(os.path.join(RAW, fn), 'rb').read().decode(enc)
    raw = raw.replace('\r\n', '\n')
    text = title + '\n' + raw
    if not text.endswith('\n'):
        text += '\n'
    open(os.path.join(OUT, title + '.txt'), 'w', encoding='utf-8').write(text)
    print(len(text), title)
