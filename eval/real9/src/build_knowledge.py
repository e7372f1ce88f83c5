#!/usr/bin/env python3
"""Rebuild knowledge/*.txt from local git snapshots (fetch) of the source repositories, and src/b_body.txt.
A: mengke25/policy_text_frenq @ a2b38f443809ef92dd912ac1832956507462751b
   pool/阿坝州人民政府办公室关于印发《阿坝州政务数...(FBM-CLI.12.4792728).txt
C: pudao2010/java- @ a60d846382ff556f150079ca3365641cd6dbfa07
   app/src/main/java/com/qhzk/ciep/entity/NewsDetail.java (javadoc record: title, content, comefrom, createtime)
B: src/b_body.txt, transcribed from a stored MySQL dump (see README)."""
import html, re, subprocess, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'knowledge')
def show(repo, commit, path):
    return subprocess.run(['git', '-C', repo, 'show', f'{commit}:{path}'], capture_output=True, check=True).stdout.decode('utf-8')
# A
a = show('/work/.mirror/mengke25+policy_text_frenq/repo', 'a2b38f443809ef92dd912ac1832956507462751b',
         'pool/阿坝州人民政府办公室关于印发《阿坝州政务数...(FBM-CLI.12.4792728).txt')
lines = a.splitlines()
assert '法宝引证码' in lines[0] and lines[1].startswith('原文链接') and lines[2] == lines[3]
a_text = '\n'.join(lines[3:]).rstrip() + '\n'
a_title = lines[3]
open(os.path.join(OUT, a_title + '.txt'), 'w').write(a_text)
# B
b = open(os.path.join(HERE, 'b_body.txt')).read()
open(os.path.join(OUT, b.splitlines()[0] + '.txt'), 'w').write(b)
# C
c = show('/work/.mirror/pudao2010+java-/repo', 'a60d846382ff556f150079ca3365641cd6dbfa07',
         'app/src/main/java/com/qhzk/ciep/entity/NewsDetail.java')
title = re.search(r'\* title : (.*)', c).group(1).strip()
content = re.search(r'\* content : (.*)', c).group(1)
comefrom = re.search(r'\* comefrom : (.*)', c).group(1).strip()
created = re.search(r'\* createtimeString : (.*)', c).group(1).strip()
paras = []
for p in re.findall(r'<p[^>]*>(.*?)</p>', content):
    t = re.sub(r'<br\s*/?>', '\n', p)
    t = re.sub(r'<[^>]+>', '', t)
    t = html.unescape(t).replace('\xa0', ' ')
    for piece in t.split('\n'):
        piece = piece.strip()
        if piece:
            paras.append(piece)
c_text = title + '\n' + f'来源：{comefrom}　发布时间：{created}' + '\n' + '\n'.join(paras) + '\n'
open(os.path.join(OUT, title + '.txt'), 'w').write(c_text)
print('ok')
