/**
 * The language switch keeps the reader's view: the links point at the same page in the other
 * language, and when one is followed it takes the page's current query and fragment with it
 * (the search, the filters and the map's date range live there, updated as the reader works).
 */
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  a.addEventListener('click', () => {
    const target = new URL(a.href);
    target.search = location.search;
    target.hash = location.hash;
    a.href = target.href;
  });
}
