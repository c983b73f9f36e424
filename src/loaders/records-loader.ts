/**
 * An Astro content loader over one folder of `content/`, reading records through the same
 * parser as `npm run validate` (YAML core schema: dates stay text), so the site and the
 * validator can never disagree about what a record says.
 */
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { listFiles, readRecord } from '../validation/read-records.ts';

export function recordsLoader(dir: string, ext = '.md'): Loader {
  return {
    name: 'records-loader',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = new URL('.', config.root).pathname;
      store.clear();
      for (const path of listFiles(join(root, 'content', dir))) {
        if (!path.endsWith(ext)) continue;
        const raw = readRecord(root, path);
        if (raw.problem) throw new Error(`${raw.file}: ${raw.problem.message}`);
        const data = await parseData({ id: raw.id, data: raw.data as Record<string, unknown>, filePath: raw.file });
        store.set({ id: raw.id, data, body: raw.body, filePath: raw.file, digest: generateDigest(raw.body + JSON.stringify(raw.data)) });
      }
    },
  };
}
