/** Elements whose content is never text a reader sees (and never survives into the archive). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'iframe', 'frame', 'frameset', 'template', 'object', 'embed', 'svg', 'canvas', 'math', 'select', 'button', 'input', 'textarea', 'audio', 'video', 'head']);

/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'hr', 'address', 'body', 'form', 'fieldset',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The visible text of a DOM subtree as paragraphs separated by blank lines: whitespace collapsed
 * inside a paragraph, scripts, styles, frames and form controls dropped.
 */
export function domToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current.replace(/\s+/g, ' ').trim();
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (SKIPPED.has(tag) || (node as Element).getAttribute('hidden') !== null) return;
    if (tag === 'br') {
      flush();
      return;
    }
    const block = BLOCKS.has(tag) || tag === 'td' || tag === 'th';
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block) flush();
    else if (tag === 'td' || tag === 'th') current += ' ';
  };
  visit(root);
  flush();
  return paragraphs.join('\n\n');
}
