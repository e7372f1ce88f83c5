#!/usr/bin/env python3
"""Write owners.json: the 27 numbered items (一)…(二十七) of the Shandong action plan with the units the text
prints in parentheses after each item, e.g. "(省发展改革委、省科技厅、省“十强产业”协调推进机制牵头部门负责)"."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = '以场景创新引领“十强产业”高质量发展行动计划（2025—2027年）'
NUMS = '一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 二十一 二十二 二十三 二十四 二十五 二十六 二十七'.split()

FIX = {  # headings the pattern above cuts short (the source runs heading and body together)
    '七': '中国算谷--打造全球算力场景新高地',
    '八': '虚拟现实之都--打造“VR+AI”场景交互高地',
    '十二': '精钢智造基地--打造钢铁产业转型升级核心引领区',
    '十四': '中国智港--打造智慧港口人工智能全场景应用引领区',
    '二十三': '搭建场景创新服务大厅',
}

def main():
    text = open(os.path.join(ROOT, 'knowledge', DOC + '.txt'), encoding='utf-8').read()
    flat = re.sub(r'\s', '', text)
    starts = []
    for n in NUMS:
        i = flat.find('(' + n + ')')
        assert i >= 0, n
        starts.append(i)
    items = []
    for k, n in enumerate(NUMS):
        seg = flat[starts[k]: starts[k + 1] if k + 1 < len(NUMS) else len(flat)]
        no = '(' + n + ')'
        body = seg[len(no):]
        # title: up to the first place the body sentence starts (the source has no reliable line break here)
        m = re.match(r'(.+?(?:场景|高地|引领区|中心|基地|科学城|集聚区|城市|全省场景库|服务大厅|发布机制|工作机制|政策支持|良好氛围))', body)
        title = m.group(1) if m else body[:12]
        title = FIX.get(n, title)
        owners = re.findall(r'\(([^()]*?)负责\)', seg)
        assert owners, n
        units = [u for u in re.split(r'、', owners[-1]) if u]
        items.append({'no': no, 'title': title, 'units': units})
    out = {'doc': DOC, 'source_note': 'units as printed in parentheses after each item (…负责)', 'items': items}
    with open(os.path.join(ROOT, 'owners.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    for it in items: print(it['no'], it['title'], it['units'])

if __name__ == '__main__':
    main()
