/**
 * Fills the access date of "Cite this record" with the reader's today (the page was built with
 * the build date in its place). Loaded as a file of the site: the CSP allows no inline script.
 */
import { accessedIn, type CitationFormat } from '../domain/citation.ts';
import { langOf } from '../domain/routes.ts';

const now = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const lang = langOf(location.pathname);
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
for (const el of document.querySelectorAll<HTMLElement>('[data-access-date]')) {
  el.textContent = accessedIn(el.dataset.accessDate as CitationFormat, today, lang);
}
