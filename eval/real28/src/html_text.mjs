// Plain text of an HTML page: drops script/style, turns block ends and <br> into line breaks,
// decodes common entities, trims each line and drops empty lines. No other change.
// Usage: node html_text.mjs page.html > page.txt
import fs from 'node:fs';
export function htmlText(h) {
  return h.replace(/\r/g, '')
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|h\d|li|table|section|article|ul|ol|dd|dt)>/gi, '\n')
    .replace(/<(p|div|tr|h\d|li|section)(\s[^>]*)?>/gi, '\n')
    .replace(/<\/t[dh]>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, ' ').replace(/&ensp;|&emsp;/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&ldquo;/g, '“').replace(/&rdquo;/g, '”').replace(/&mdash;/g, '—').replace(/&middot;/g, '·')
    .replace(/&hellip;/g, '…').replace(/&amp;/g, '&')
    .split('\n').map(l => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter(l => l.length).join('\n');
}
if (process.argv[2]) console.log(htmlText(fs.readFileSync(process.argv[2], 'utf8')));
