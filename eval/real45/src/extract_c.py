# Extracts the body of document C from the fetched snapshot of shizelengleng/ai-zhengce-tong
# (docs/policy_sources/06_城乡居民医保集中参保缴费通告.html, the saved gz.gov.cn page) into knowledge/.
# Block tags become line breaks, inline tags are dropped; the full-width indentation of the source is kept.
import re, html, subprocess, sys
repo = '/work/.mirror/shizelengleng+ai-zhengce-tong/repo'
s = subprocess.run(['git', '-C', repo, 'show', 'HEAD:docs/policy_sources/06_城乡居民医保集中参保缴费通告.html'],
                   capture_output=True).stdout.decode('utf8')
i = s.find('<div class="content_article" id="zoomcon"'); j = s.find('<div class="content_extended', i)
b = s[i:j]
b = re.sub(r'(?i)<br\s*/?>', '\n', b)
b = re.sub(r'(?i)</?(p|div|tr|table|tbody|thead|li|ul|ol|h\d)(\s[^>]*)?>', '\n', b)
b = re.sub(r'(?i)</?(td|th)(\s[^>]*)?>', '\n', b)
b = html.unescape(re.sub(r'<[^>]+>', '', b))
lines = [l.rstrip().lstrip(' \t') for l in b.split('\n') if l.strip()]
title = '广州市医疗保险服务中心关于开展2026年度广州市城乡居民基本医疗保险集中参保缴费工作的通告'
out = sys.argv[1] if len(sys.argv) > 1 else f'knowledge/{title}.txt'
open(out, 'w', encoding='utf8').write(title + '\n' + '\n'.join(lines) + '\n')
