/**
 * The offline page's list of saved pages: the pages of the reader's language that the service
 * worker keeps (`domain/offline.ts`), by their titles, newest saved last. Without caches (no
 * worker, or JavaScript off) the list keeps its link to the home page.
 */
import { pagesCache } from '../domain/offline.ts';
import { langOf } from '../domain/routes.ts';
import { el } from './dom.ts';

/** A saved page's own title, without the site's name after it (parsed, never run: DOMParser runs no script). */
const titleIn = (html: string) => new DOMParser().parseFromString(html, 'text/html').title.split(' · ')[0];

async function listSavedPages(list: HTMLElement): Promise<void> {
  if (!('caches' in window)) return;
  const cache = await caches.open(pagesCache);
  const lang = langOf(location.pathname);
  const pages = (await cache.keys()).filter((r) => {
    const { pathname } = new URL(r.url);
    return pathname.endsWith('/') && langOf(pathname) === lang && pathname !== location.pathname;
  });
  if (pages.length === 0) return;
  const items = [];
  // The newest hundred are enough to find one's way back; older pages are still served when opened.
  for (const request of pages.slice(-100)) {
    const res = await cache.match(request);
    const title = res && titleIn(await res.text());
    const a = el('a', undefined, title || new URL(request.url).pathname);
    a.href = request.url;
    const li = el('li');
    li.append(a);
    items.push(li);
  }
  list.replaceChildren(...items);
}

const list = document.getElementById('saved-pages');
if (list) void listSavedPages(list);
