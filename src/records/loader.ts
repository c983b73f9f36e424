/**
 * An Astro content loader over one collection of `content/`. It stores the records exactly as
 * `npm run validate` parsed them (the build's validation step has already read and checked them,
 * see `validatedContent`), so the site and the validator can never disagree about a record and
 * no record is parsed twice.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { CollectionName } from '../schemas/index.ts';
import { validatedContent } from './validate.ts';

export function recordsLoader(collection: Exclude<CollectionName, 'briefs'>): Loader {
  return {
    name: 'records-loader',
    load: async ({ store, generateDigest, config }) => {
      const { records, errors } = validatedContent(fileURLToPath(config.root));
      // The validation step stops the build on errors first; this guards a loader run without it.
      if (errors.length > 0) throw new Error(`${errors.length} problem(s) in the records: run \`npm run validate\``);
      store.clear();
      for (const { id, file, data, body } of records[collection]) {
        store.set({ id, data: data as Record<string, unknown>, body, filePath: file, digest: generateDigest(body + JSON.stringify(data)) });
      }
    },
  };
}
