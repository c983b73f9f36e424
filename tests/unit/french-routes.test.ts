import { describe, expect, it } from 'vitest';
import { frenchPattern, inFrench } from '../../src/integrations/french-routes.ts';

describe('the French routes', () => {
  it('repeat the pages under /fr/, the downloads page among them', () => {
    for (const file of ['index.astro', 'methodology.astro', 'data/index.astro', 'incidents/[id].astro', 'feed.xml.ts']) expect(inFrench(file), file).toBe(true);
    expect(frenchPattern('data/index.astro')).toBe('/fr/data');
  });

  it('leave out the data files, which have one address, and the 404, which speaks both languages on one page', () => {
    for (const file of ['data/incidents.[format].ts', 'data/withdrawn.csv.ts', 'data/countries/[id].[format].ts', 'map/points.json.ts', 'schemas/[collection].json.ts', 'search/places.json.ts', 'incidents/index.json.ts', '404.astro']) {
      expect(inFrench(file), file).toBe(false);
    }
  });
});
