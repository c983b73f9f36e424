/**
 * Registers the service worker (`sw.js`, written by the build) so pages the reader opens can be
 * read again without a connection. An extra: where service workers are missing (old browsers,
 * a page not served over HTTPS) nothing happens; in development, which has no `sw.js`, registration fails quietly.
 * It registers once the page has loaded, so its downloads never compete with the page's own.
 */
import { path, routes } from '../domain/routes.ts';

function register(): void {
  navigator.serviceWorker.register(routes.serviceWorker(), { scope: path('') }).catch(() => {
    // Reading online never needed the worker: a failed registration changes nothing for the reader.
  });
}

if ('serviceWorker' in navigator) {
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
