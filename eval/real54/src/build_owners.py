#!/usr/bin/env python3
"""Writes owners.json: one row per numbered item of document A (广安市促进返乡下乡创业实施方案).

Document A numbers its measures （一）…（二十二） under "二、工作举措" and （一）…（五） under "三、工作保障"; each item
(one line of the knowledge file) ends with one annotation "（责任单位：UNITS）". The first annotation ends with the note
"。列首位的为牵头单位，下同" ("the first-listed unit leads; likewise below"), so for every item
  lead    = [first unit of UNITS]              (as the text marks it)
  support = the remaining units of UNITS        (split at "、" and "，", exactly as written)
  owner   = UNITS as written (the note sentence of item 二（一） is not part of UNITS)
  owners  = lead + support
  item    = section numeral + item numeral, e.g. "二（一）", "三（五）"; no = 1…27 in document order
  title   = the item's heading (text between the （N） and the first "。")
  text    = the first 60 characters of the item line
check.mjs re-derives the same rows from the knowledge file and compares them.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = '广安市人民政府办公室关于印发《广安市促进返乡下乡创业实施方案》的通知'
NOTE = '。列首位的为牵头单位，下同'


def rows():
    lines = [l.strip() for l in open(os.path.join(HERE, '..', 'knowledge', DOC + '.txt'), encoding='utf8') if l.strip()]
    sec, out = None, []
    for l in lines:
        m = re.match(r'^([一二三四五六七八九十]+)、', l)
        if m:
            sec = m.group(1)
            continue
        m = re.match(r'^（([一二三四五六七八九十]+)）(.+?)。', l)
        if not m:
            continue
        anns = re.findall(r'（责任单位：([^（）]+)）', l)
        assert len(anns) == 1 and l.endswith('（责任单位：' + anns[0] + '）'), l[:40]
        owner = anns[0]
        if owner.endswith(NOTE):
            owner = owner[:-len(NOTE)]
        units = [u for u in re.split(r'[、，]', owner) if u]
        out.append({
            'doc': DOC, 'no': len(out) + 1, 'item': f'{sec}（{m.group(1)}）', 'title': m.group(2), 'owner': owner,
            'lead': units[:1], 'support': units[1:], 'owners': units, 'text': l[:60],
        })
    return out


if __name__ == '__main__':
    r = rows()
    assert len(r) == 27, len(r)
    json.dump(r, open(os.path.join(HERE, '..', 'owners.json'), 'w', encoding='utf8'), ensure_ascii=False, indent=1)
    print(f'{len(r)} rows; leads: {sorted(set(x["lead"][0] for x in r))}')
