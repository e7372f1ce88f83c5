#!/usr/bin/env python3
"""Build knowledge/*.txt for suite real17 from the Jekyll pages of Caro-Li-C/opcstartup-site.

Reads the pages straight out of the bare git mirror (git show HEAD:<path>), drops the front matter, the <style>
block and the site's chrome (meta tags 政策解读/政策原文/…, the <h1> that repeats the title, the 来源：公众号… line,
返回政策原文列表, ← 上一篇 / 下一篇 →), and writes one UTF-8 text file per document:

  line 1  = the front-matter title (= file name without .txt, characters illegal in file names removed)
  line 2  = the page's date (and the issuer if the page's source bar names one)
  then    = one line per <p>/<h2>/<h3>/signature line, text as written (full-width punctuation untouched).

Numbering: none of the chosen pages uses <ol>/<li> or <strong>; every heading and item already writes its number
in the text (一、 （一） 1.), so the text is kept as it is. An <ol> would be rendered as 1. 2. … per list (code
below), should a page ever use one.

Usage: python3 src/build_knowledge.py            (writes knowledge/ and prints char counts)
       python3 src/build_knowledge.py --probe PATH  (prints the text of any page, for choosing)
"""
import html
import os
import re
import subprocess
import sys

GIT_DIR = "/work/.mirror/Caro-Li-C+opcstartup-site/repo"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "knowledge")

PAGES = [
    # (letter, path in the repository)
    ("a", "policy/original/1-第一篇 长三角地区/1-第一章 浙江省/2026-05-25-第一节 杭州-杭州市打造全国AIOPC创业新高地若干政.html"),
    ("b", "policy/original/2-第二篇 粤港澳大湾区/1-第一章 广东省/2026-03-12-第一章 -广东省发展改革委关于印发广东省支持人工智.html"),
    ("c", "policy/original/3-第三篇 京津冀及环渤海地区/3-第三章 山东省/2026-02-13-第一节 青岛-关于印发青岛市支持人工智能OPC发展政策.html"),
]


def git_show(path):
    return subprocess.run(["git", "--git-dir=" + GIT_DIR, "show", "HEAD:" + path],
                          check=True, capture_output=True).stdout.decode("utf-8")


def commit():
    return subprocess.run(["git", "--git-dir=" + GIT_DIR, "rev-parse", "HEAD"],
                          check=True, capture_output=True, text=True).stdout.strip()


def strip_tags(s):
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s).strip()


def render_ol(m):
    items = re.findall(r"<li[^>]*>(.*?)</li>", m.group(1), re.S)
    return "".join("<p>%d.%s</p>" % (i + 1, it) for i, it in enumerate(items))


def convert(raw):
    fm = re.match(r"---\n(.*?)\n---\n", raw, re.S)
    title = re.search(r"^title:\s*(.*)$", fm.group(1), re.M).group(1).strip().strip('"')
    body = raw[fm.end():]
    body = re.sub(r"<style>.*?</style>", "", body, flags=re.S)
    header = re.search(r'<header class="policy-header">(.*?)</header>', body, re.S).group(1)
    # header: date and issuer items of the source bar; the 来源：… item and the meta tags are chrome
    meta = []
    for item in re.findall(r'<div class="source-item">(.*?)</div>', header, re.S):
        t = strip_tags(item)
        if t and not t.startswith("来源："):
            meta.append(t)
    m = re.search(r'<div class="policy-body">(.*?)</div>\s*</article>', body, re.S)
    main = m.group(1)
    main = re.sub(r"<ol[^>]*>(.*?)</ol>", render_ol, main, flags=re.S)
    lines = []
    # the effective-date box (施行说明) is part of the document: one line, like a paragraph
    main = re.sub(r'<div class="effective-date">(.*?)</div>', r"<p>\1</p>", main, flags=re.S)
    for blk in re.findall(r"<(p|h2|h3|h4|li)[^>]*>(.*?)</\1>", main, re.S):
        t = strip_tags(blk[1])
        t = re.sub(r"[ \t]*\n[ \t]*", "", t)
        if t:
            lines.append(t)
    return title, meta, lines


def safe_name(title):
    return re.sub(r'[\\/:*?"<>|\n\r\t]', "", title).strip()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--probe":
        title, meta, lines = convert(git_show(sys.argv[2]))
        print(title)
        print("\n".join(meta))
        print("\n".join(lines))
        return
    os.makedirs(OUT, exist_ok=True)
    print("commit", commit())
    for letter, path in PAGES:
        title, meta, lines = convert(git_show(path))
        name = safe_name(title)
        text = "\n".join([name, " ".join(meta)] + lines) + "\n"
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        print(letter, len(text), len(re.sub(r"\s", "", text)), name)


if __name__ == "__main__":
    main()
