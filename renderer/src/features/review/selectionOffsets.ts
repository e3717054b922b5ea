/** Maps the browser's text selection inside the reader to offsets in the document text. */

/** Characters of text inside owner before node (owner's text nodes in document order). */
function textBefore(owner: HTMLElement, node: Node): number {
  const walker = document.createTreeWalker(owner, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let n = walker.nextNode(); n && n !== node; n = walker.nextNode()) length += n.textContent?.length ?? 0;
  return length;
}

/** Offset of a DOM position: text sits in elements carrying data-start (the offset of their first character). */
function offsetOf(node: Node, offset: number, root: HTMLElement): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const owner = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!owner || !root.contains(owner)) return null;
    return Number(owner.dataset.start) + textBefore(owner, node) + offset;
  }
  if (!(node instanceof HTMLElement)) return null;
  const child = node.childNodes[offset];
  if (child && child.nodeType === Node.TEXT_NODE) return offsetOf(child, 0, root);
  if (child instanceof HTMLElement) {
    const start = child.closest<HTMLElement>('[data-start]') ?? child.querySelector<HTMLElement>('[data-start]');
    return start ? Number(start.dataset.start) : null;
  }
  const owner = node.closest<HTMLElement>('[data-end]');
  return owner ? Number(owner.dataset.end) : null;
}

/** The selected [start, end) in the text, trimmed of surrounding spaces; null when empty or outside root. */
export function selectionOffsets(root: HTMLElement, text: string): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  let start = offsetOf(range.startContainer, range.startOffset, root);
  let end = offsetOf(range.endContainer, range.endOffset, root);
  if (start === null || end === null) return null;
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}
