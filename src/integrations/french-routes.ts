/**
 * French pages: every page of the site again under `/fr/`, rendered by the same page file.
 * The language follows the URL (`langOf` in `domain/routes.ts`), so one component serves both
 * languages and no page is written twice. Data files (CSV, JSON, map data, schemas, the search
 * place list) are language-neutral and keep one address; they are not repeated.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Page files whose output is data, the same in every language. */
const neutral = [/^data\//, /^map\//, /^schemas\//, /^search\/places\.json/, /^incidents\/index\.json/];

function pageFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pageFiles(join(dir, e.name), root) : [relative(root, join(dir, e.name))],
  );
}

/** `countries/[id]/page/[page].astro` → `/fr/countries/[id]/page/[page]`; `index.astro` → `/fr`. */
export function frenchPattern(file: string): string {
  const route = file
    .replace(/\.(astro|ts)$/, '')
    .replace(/(^|\/)index$/, '')
    .replace(/\/$/, '');
  return `/fr${route ? `/${route}` : ''}`;
}

export function frenchRoutes(): AstroIntegration {
  return {
    name: 'french-routes',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        const pages = fileURLToPath(new URL('src/pages/', config.root));
        for (const file of pageFiles(pages).filter((f) => /\.(astro|ts)$/.test(f) && !neutral.some((re) => re.test(f)))) {
          injectRoute({ pattern: frenchPattern(file), entrypoint: join(pages, file) });
        }
      },
    },
  };
}
