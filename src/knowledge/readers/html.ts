// Web pages saved from a government site: the article between the navigation bar, the breadcrumb
// and the footer (打印本页 关闭窗口). Mozilla's Readability picks the main content as Firefox's
// reader view does, over linkedom's DOM (no browser, no jsdom); the article is then turned into
// lines, one per block, so numbering at the start of paragraphs survives.
import { UnreadableDocument, type DocumentReader } from './types.ts';
import { decodeHtml } from './html-charset.ts';

/** Elements that end a line. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Never text: scripts, styles and the page's own chrome, should Readability leave any. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'IFRAME', 'SVG', 'BUTTON', 'FORM', 'SELECT']);

/**
 * Lines of a government site's page tools that no extractor knows are not content: they sit right
 * under the article on nearly every 政府网 page.
 */
const PAGE_TOOLS = /^(?:[【\[]?\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|字体[:：]?\s*大\s*中\s*小|字号[:：]?\s*大\s*中\s*小|分享到[:：]?|收藏)\s*[】\]]?\s*)+$/u;

/** Class and id names of page chrome in site templates (nav, 面包屑 position/crumb, footer, share bars). */
const CHROME_NAME = /\b(?:nav\w*|menu\w*|header|top\w*|footer|foot|bottom|breadcrumbs?|crumbs?|position|location|copyright|share\w*|tools?|sidebar|links?)\b/i;

interface ChromeNode {
  textContent: string | null;
  getAttribute(name: string): string | null;
  remove(): void;
}
interface ChromeDocument {
  body: { textContent: string | null };
  querySelectorAll(selector: string): Iterable<ChromeNode>;
}

/**
 * Removes the page's chrome: navigation, header and footer elements, and elements whose class or id
 * names chrome in site templates. Only parts small beside the page: a template that wraps the whole
 * page in `<div id="top-wrapper">` must not lose its article.
 */
function stripChrome(document: ChromeDocument): void {
  const total = (document.body.textContent ?? '').length;
  const small = (node: ChromeNode) => (node.textContent ?? '').length < total * 0.3;
  for (const node of document.querySelectorAll('header, nav, footer, aside, form')) if (small(node)) node.remove();
  for (const node of document.querySelectorAll('[class], [id]')) {
    if (CHROME_NAME.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`) && small(node)) node.remove();
  }
}

// linkedom's nodes, as far as the walk below uses them.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

function toLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const end = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) return;
    const block = BLOCK.has(node.nodeName);
    if (block) end();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) end();
  };
  walk(root);
  end();
  return lines.filter((l) => !PAGE_TOOLS.test(l));
}

export const htmlReader: DocumentReader = {
  type: 'html',
  extensions: ['.html', '.htm'],
  async read(bytes) {
    const html = decodeHtml(bytes);
    const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
    let lines: string[];
    let title = '';
    try {
      const { document } = parseHTML(html);
      title = (document.querySelector('title')?.textContent ?? '').trim();
      // Readability changes the document it reads: it gets its own copy, chrome already removed.
      const forReadability = parseHTML(html).document;
      stripChrome(forReadability as unknown as ChromeDocument);
      const article = new Readability(forReadability as never, { charThreshold: 100 }).parse();
      if (article?.content) {
        const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
        lines = toLines(content.body as unknown as DomNode);
        title = article.title?.trim() || title;
      } else {
        // Too little text for Readability to call it an article: the body without its chrome.
        stripChrome(document as unknown as ChromeDocument);
        lines = toLines(document.body as unknown as DomNode);
      }
    } catch (err) {
      throw new UnreadableDocument(`cannot read HTML: ${(err as Error).message}`);
    }
    // The page's title leads, as a document's title line does, unless the article already opens with it.
    if (title && lines[0] !== title && !lines.slice(0, 3).includes(title)) lines.unshift(title);
    return { text: lines.join('\n'), warnings: lines.length ? [] : ['no article text found in the page (网页中没有找到正文)'] };
  },
};
