#!/usr/bin/env python3
"""owners.json from the 责任单位 annotations of the Hubei and Sichuan documents (番禺 has none)."""
import json, os, re
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = {
    "湖北省人民政府办公厅关于印发《湖北省支持人工智能OPC发展若干措施（试行）》的通知": r"^(（[一二三四五六七八九十]+）)(.+?)。",
    "关于印发《四川省支持人工智能OPC创新发展行动方案（2026—2027年）》的通知": r"^(\d+)\.\s*(.+?)。",
}
items = []
for doc, pat in DOCS.items():
    for line in open(os.path.join(ROOT, "knowledge", doc + ".txt"), encoding="utf-8"):
        m = re.match(pat, line)
        u = re.search(r"（责任单位：(.+?)）\s*$", line)
        if m and u:
            units = [x for x in re.split(r"[、，]", u.group(1)) if x]
            items.append({"doc": doc, "no": m.group(1), "title": m.group(2), "units": units})
json.dump({"items": items}, open(os.path.join(ROOT, "owners.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items))
