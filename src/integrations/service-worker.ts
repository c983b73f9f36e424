/**
 * Writes the service worker (`sw.js`, see `build/service-worker.ts`) at the end of every build,
 * once the pages, assets and map data it lists are on disk.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeServiceWorker } from '../build/service-worker.ts';

export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { id, entries, bytes } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`service worker ${id}: ${entries} files to precache (${(bytes / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
