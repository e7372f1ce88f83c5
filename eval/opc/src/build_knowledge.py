#!/usr/bin/env python3
"""Build knowledge/*.txt for the `opc` suite from Caro-Li-C/opcstartup-site.

Source: bare git mirror /work/.mirror/Caro-Li-C+opcstartup-site/repo (pinned COMMIT below),
pages policy/original/**/*.html. Each page = one policy document.

Cleaning (nothing else is changed):
  - drop the Jekyll front matter, the <style> block and the page chrome: the meta tags
    (`政策解读`, `政策原文`, city tag), the duplicate <h1> title, the `来源：公众号OPC创业汇` item,
    the `返回政策原文列表` link and the `← 上一篇` / `下一篇 →` navigation, the SVG icons;
  - drop the site's label `施行说明：` of the effective-date box (the sentence itself is kept);
  - first line = front matter `title:` (also the file name, minus characters illegal in file names);
  - then the page's date and issuer items of the header (as shown), then the body:
    every <p>, <h2>, <h3>, signature line and the effective-date box on its own line; the
    `（责任单位：…）` spans stay inline, as printed.
  - Numbering: in all chosen pages the numbers are written in the text itself
    (`一、` `（一）` `1.` `第一条` `①`), there is no <ol>/<li>; so the text is kept as is.
    (For robustness an <ol><li> list would be rendered `1.` `2.` … per list.)
  - full-width / half-width punctuation kept exactly as written.
"""
import html
import json
import os
import re
import subprocess
import sys

GIT = "/work/.mirror/Caro-Li-C+opcstartup-site/repo"
COMMIT = "cb8ec1d8bfddffca7bffc793d449f9fb6569fe2f"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "knowledge")

DOCS = [
    ("a", "policy/original/1-第一篇 长三角地区/1-第一章 浙江省/2026-04-20-第五节 宁波-宁波市人民政府办公厅关于支持人工智能OP.html"),
    ("b", "policy/original/1-第一篇 长三角地区/2-第二章 江苏省/2026-02-05-第八节 宿迁-市政府办公室关于印发宿迁市加快推进OPC.html"),
    ("c", "policy/original/2-第二篇 粤港澳大湾区/4-第四章  大湾区其他城市/2026-03-23-第二节 东莞-东莞市打造OPC成果产业化智造服务基地的.html"),
    ("d", "policy/original/3-第三篇 京津冀及环渤海地区/1-第一章 北京市/2026-05-14-第三节 北京朝阳区-朝阳园管委会区科信局等四部门关于印发朝阳.html"),
    ("e", "policy/original/5-第五篇 成渝地区/1-第一章 四川省/2026-03-26-第二节 成都-成都市经济和信息化局成都市科学技术局关于.html"),
    ("f", "policy/original/4-第四篇 长江中游地区/1-第一章 湖北省/2026-02-13-第二节 武汉-武汉市人民政府关于印发武汉市支持人工智能.html"),
    ("g", "policy/original/3-第三篇 京津冀及环渤海地区/3-第三章 山东省/2026-03-19-第二节 青岛胶州-关于印发胶州市人工智能OPC创新发展实施.html"),
    ("h", "policy/original/6-第六篇 东三省地区/3-第三章 抚顺市望花区/2026-03-06-第三章 -望花区关于支持OPC相关业态创新发展的实.html"),
]

CHROME = {"政策解读", "政策原文", "返回政策原文列表", "← 上一篇", "下一篇 →"}


def git_show(path):
    return subprocess.run(["git", "--git-dir", GIT, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def inline_text(frag):
    frag = re.sub(r"<svg.*?</svg>", "", frag, flags=re.S)
    frag = re.sub(r"<br\s*/?>", "\n", frag)
    frag = re.sub(r"<[^>]+>", "", frag)
    frag = html.unescape(frag)
    return frag.strip()


def render_ol(m):
    items = re.findall(r"<li[^>]*>(.*?)</li>", m.group(0), flags=re.S)
    return "".join(f"<p>{i}.{inline_text(t)}</p>" for i, t in enumerate(items, 1))


def convert(raw):
    fm = re.match(r"---\n(.*?)\n---\n", raw, flags=re.S)
    title = re.search(r"^title:\s*(.*)$", fm.group(1), flags=re.M).group(1).strip()
    rest = raw[fm.end():]
    header = rest.split('<header class="policy-header">', 1)[1].split("</header>", 1)[0]
    lines = [title]
    for item in re.findall(r'<div class="source-item">(.*?)</div>', header, flags=re.S):
        t = inline_text(item)
        if t and not t.startswith("来源："):
            lines.append(t)
    body = rest.split('<div class="policy-body">', 1)[1].split("</article>", 1)[0]
    body = re.sub(r"<ol[^>]*>.*?</ol>", render_ol, body, flags=re.S)
    body = re.sub(r"<strong>施行说明：</strong>", "", body)
    blocks = re.findall(r'<(p|h2|h3|h4|div class="effective-date")[^>]*>(.*?)</(?:p|h2|h3|h4|div)>',
                        body, flags=re.S)
    for _, frag in blocks:
        t = inline_text(frag)
        if not t or t in CHROME:
            continue
        lines.append(t)
    return title, "\n".join(lines) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    head = subprocess.run(["git", "--git-dir", GIT, "rev-parse", "HEAD"], capture_output=True,
                          text=True).stdout.strip()
    if head != COMMIT:
        print(f"note: mirror HEAD {head} != pinned {COMMIT}", file=sys.stderr)
    manifest = []
    for letter, path in DOCS:
        title, text = convert(git_show(path))
        fname = re.sub(r'[\\/:*?"<>|]', "", title)
        if fname != title:
            text = fname + text[len(title):]
        with open(os.path.join(OUT, fname + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        n = len(text)
        n_ns = len(re.sub(r"\s", "", text))
        manifest.append({"letter": letter, "file": fname + ".txt", "path": path, "commit": COMMIT,
                         "chars": n, "chars_no_ws": n_ns})
        print(letter, n, n_ns, fname)
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
