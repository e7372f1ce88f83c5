#!/usr/bin/env python3
"""Build knowledge/*.txt for suite real16 from the bare mirror of Caro-Li-C/opcstartup-site.

Usage: python3 src/build_knowledge.py            (run from the suite folder)
Reads pages with `git show HEAD:<path>`; writes UTF-8 plain text, first line = title = file name.
Keeps: title, the page's date/issuer line (source bar, minus the 来源：公众号… item), the body text
paragraph by paragraph, the document's own numbering (it is written in the text on these pages;
<ol>/<li> would be rendered 1. 2. … per list if present). Drops front matter, <style>, chrome
(政策解读 / 政策原文 tags, 返回政策原文列表, ← 上一篇 / 下一篇 →, 来源：公众号… line), HTML tags.
"""
import html, json, os, re, subprocess, sys

GIT_DIR = "/work/.mirror/Caro-Li-C+opcstartup-site/repo"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "knowledge")

PAGES = [  # r16a, r16b, r16c
    "policy/original/4-第四篇 长江中游地区/1-第一章 湖北省/2026-05-11-第一节 湖北-湖北省人民政府办公厅关于印发湖北省支持人.html",
    "policy/original/5-第五篇 成渝地区/1-第一章 四川省/2026-04-16-第一节 四川-关于印发四川省支持人工智能OPC创新发展.html",
    "policy/original/2-第二篇 粤港澳大湾区/3-第三章 广州市/2026-03-20-第二节 广州番禺区-广州市番禺区支持OPC创业若干措施征求意.html",
]

CHROME = {"政策解读", "政策原文", "返回政策原文列表", "← 上一篇", "下一篇 →"}


def git(*args):
    return subprocess.run(["git", "--git-dir=" + GIT_DIR, *args], check=True,
                          capture_output=True).stdout.decode("utf-8")


def text_of(fragment):
    """Inline HTML -> text (tags removed, entities decoded, inner whitespace of HTML source collapsed)."""
    t = re.sub(r"<[^>]+>", "", fragment)
    t = html.unescape(t).replace("\u00a0", " ")
    t = re.sub(r"[ \t\r\n]+", " ", t).strip()
    return t


def render_block(body):
    """Turn the policy-body HTML into lines. Block elements -> one line each; <ol><li> -> 1. 2. …"""
    lines = []
    # render ordered lists first: replace each <ol>…</ol> with numbered <p>s
    def ol_repl(m):
        items = re.findall(r"<li[^>]*>(.*?)</li>", m.group(1), flags=re.S)
        out = []
        for i, it in enumerate(items, 1):
            t = text_of(it)
            if not re.match(r"^\d+[\.．、]", t):
                t = f"{i}.{t}"
            out.append(f"<p>{t}</p>")
        return "".join(out)
    body = re.sub(r"<ol[^>]*>(.*?)</ol>", ol_repl, body, flags=re.S)
    body = re.sub(r"<ul[^>]*>(.*?)</ul>", lambda m: "".join(
        f"<p>{x}</p>" for x in re.findall(r"<li[^>]*>(.*?)</li>", m.group(1), flags=re.S)), body, flags=re.S)
    # the page's 施行说明 box (div.effective-date) is part of the text: render it as a paragraph
    body = re.sub(r'<div class="effective-date">(.*?)</div>', r"<p>\1</p>", body, flags=re.S)
    body = re.sub(r"<br\s*/?>", "\n", body)
    for m in re.finditer(r"<(p|h[1-6]|li)\b[^>]*>(.*?)</\1>", body, flags=re.S):
        for part in m.group(2).split("\n"):
            t = text_of(part)
            if t and t not in CHROME and not t.startswith("来源：公众号"):
                lines.append(t)
    return lines


def convert(path):
    raw = git("show", "HEAD:" + path)
    fm = re.match(r"^---\n(.*?)\n---\n", raw, flags=re.S)
    title = re.search(r"^title:\s*(.+)$", fm.group(1), flags=re.M).group(1).strip().strip('"')
    rest = raw[fm.end():]
    rest = re.sub(r"<style>.*?</style>", "", rest, flags=re.S)
    # source bar: date, issuer, 来源 (dropped)
    bar = re.search(r'<div class="policy-source-bar">(.*?)</div>\s*</header>', rest, flags=re.S)
    meta = []
    if bar:
        for it in re.findall(r'<div class="source-item">(.*?)</div>', bar.group(1), flags=re.S):
            t = text_of(it)
            if t and not t.startswith("来源："):
                meta.append(t)
    body = re.search(r'<div class="policy-body">(.*)</article>', rest, flags=re.S).group(1)
    lines = [title]
    if meta:
        lines.append("　".join(meta))
    lines += render_block(body)
    fname = re.sub(r'[\\/:*?"<>|]', "", title)
    return fname, "\n".join(lines) + "\n", title


def main():
    os.makedirs(OUT, exist_ok=True)
    commit = git("rev-parse", "HEAD").strip()
    sources = []
    for p in PAGES:
        fname, txt, title = convert(p)
        with open(os.path.join(OUT, fname + ".txt"), "w", encoding="utf-8") as f:
            f.write(txt)
        n = len(re.sub(r"\s", "", txt))
        sources.append({"file": fname + ".txt", "page": p, "commit": commit, "chars": len(txt), "chars_nows": n})
        print(f"{len(txt):6d} {n:6d}  {fname}.txt")
    with open(os.path.join(OUT, "..", "src", "sources.json"), "w", encoding="utf-8") as f:
        json.dump(sources, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
