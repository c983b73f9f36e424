/**
 * The one DOM helper the browser code shares: pages that build markup from record data
 * set it as text, never as HTML, and this keeps that the short way to write it.
 */

/** A new element with an optional class and text (set as text, so record text is never parsed). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}
