#!/usr/bin/env python3
"""Write owners.json from knowledge/: the units that the texts themselves name for each numbered item.

- 杭州 若干政策措施 (doc a): items 1.–12.; every clause ends with （责任单位：…） or, for item 1, [责任单位：…];
  units = every unit named in the item, in order, without repeats; `parts` keeps each clause's own list.
- 广东 行动方案 (doc b): tasks 1.–18.; one closing parenthesis per task, `X牵头负责，Y配合` or
  `X按职责分工负责`; units = all, lead = the 牵头 / 按职责分工负责 part.
- 青岛 政策清单 (doc c): items 一、–十二、 each followed by `政策咨询：…` and `联系方式：…` (a contact office, not a
  responsible unit; role = 政策咨询).
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K = os.path.join(ROOT, "knowledge")
A = "杭州市打造全国“AI+OPC”创业新高地若干政策措施（征求意见稿）"
B = "广东省发展改革委关于印发《广东省支持人工智能OPC创新发展行动方案（2026—2028年）》的通知"
C = "关于印发《青岛市支持人工智能OPC发展政策清单（第一批）》的通知"


def read(name):
    with open(os.path.join(K, name + ".txt"), encoding="utf-8") as f:
        return f.read().split("\n")


def split_units(s):
    s = s.replace("，", "、")
    out = []
    for u in s.split("、"):
        u = u.strip()
        if u and u not in out:
            out.append(u)
    return out


def fix_county(units):
    # "各区、县（市）政府" is one unit that the 、-split cuts in two
    out, i = [], 0
    while i < len(units):
        if units[i] == "各区" and i + 1 < len(units) and units[i + 1].startswith("县（市）"):
            out.append("各区、" + units[i + 1])
            i += 2
        else:
            out.append(units[i])
            i += 1
    return out


items = []
for line in read(A):
    m = re.match(r"^(\d+)\.([^。]+)。", line)
    if not m:
        continue
    parts = []
    # item 1 uses square brackets: [责任单位：…，各区、县（市）政府。以下均需各区、县（市）政府落实，不再列出]
    for u in re.findall(r"\[责任单位：(.*?)。以下均需[^\]]*\]|（责任单位：([^（）]*)）", line):
        parts.append(fix_county(split_units(u[0] or u[1])))
    units = []
    for p in parts:
        for u in p:
            if u not in units:
                units.append(u)
    items.append({"doc": A, "no": m.group(1), "title": m.group(2), "units": units, "parts": parts})

for line in read(B):
    m = re.match(r"^(\d+)\.([^。]+)。", line)
    if not m:
        continue
    tail = re.search(r"（([^（）]*(?:（[^（）]*）[^（）]*)*)）$", line).group(1)
    if "牵头负责" in tail:
        lead, _, rest = tail.partition("牵头负责")
        rest = rest.lstrip("，").rsplit("配合", 1)[0]
    else:
        lead, rest = tail.replace("按职责分工负责", ""), ""
    lead_u = split_units(lead)
    co_u = split_units(rest)
    items.append({"doc": B, "no": m.group(1), "title": m.group(2), "units": lead_u + [u for u in co_u if u not in lead_u],
                  "lead": lead_u, "cooperate": co_u})

lines = read(C)
for i, line in enumerate(lines):
    m = re.match(r"^([一二三四五六七八九十]+)、([^。]+)。", line)
    if m and i + 2 < len(lines) and lines[i + 1].startswith("政策咨询："):
        items.append({"doc": C, "no": m.group(1), "title": m.group(2),
                      "units": [lines[i + 1][len("政策咨询："):]], "role": "政策咨询",
                      "phone": lines[i + 2][len("联系方式："):]})

with open(os.path.join(ROOT, "owners.json"), "w", encoding="utf-8") as f:
    json.dump({"items": items}, f, ensure_ascii=False, indent=1)
print(len(items), "items")
