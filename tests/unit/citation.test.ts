/** "Cite this record": plain text, BibTeX and CSL-JSON, escaped, with the versions and the access date. */
import { describe, expect, it } from 'vitest';
import { bibtexEscape, citationBibtex, citationCsl, citationText, withAccessed, type CitationInput } from '../../src/domain/citation.ts';

const c: CitationInput = {
  id: 'x-attack',
  title: 'Attack {on} 50% of \\ the "camp" & <b>_#$^~',
  url: 'https://tracker.example.org/incidents/x-attack/',
  publisher: 'Sahel Conflict Tracker',
  licence: 'CC BY 4.0',
  version: { commit: 'a'.repeat(40), date: '2026-11-30T06:00:00+00:00' },
  changed: { hash: 'b'.repeat(40), date: '2026-11-25T20:00:00+00:00' },
};

describe('citations of a record', () => {
  it('plain text names the URL, both versions and the access date', () => {
    expect(withAccessed(citationText(c), 'text', '2026-12-01')).toBe(
      `Sahel Conflict Tracker. "${c.title}." Incident record x-attack, record last changed 2026-11-25 (commit bbbbbbb), dataset version aaaaaaa of 2026-11-30. ${c.url}. CC BY 4.0. Accessed 1 December 2026.`,
    );
  });

  it('plain text in French reads as French, access date included', () => {
    expect(withAccessed(citationText(c, 'fr'), 'text', '2026-12-01', 'fr')).toBe(
      `Sahel Conflict Tracker. "${c.title}." Fiche d’incident x-attack, fiche modifiée le 2026-11-25 (commit bbbbbbb), version aaaaaaa des données du 2026-11-30. ${c.url}. CC BY 4.0. Consulté le 1 décembre 2026.`,
    );
  });

  it('BibTeX escapes LaTeX specials so braces always balance', () => {
    expect(bibtexEscape('{a}_%&$#^~\\')).toBe('\\{a\\}\\_\\%\\&\\$\\#\\textasciicircum{}\\textasciitilde{}\\textbackslash{}');
    const bib = withAccessed(citationBibtex(c), 'bibtex', '2026-12-01');
    expect(bib).toContain('title = {{Attack \\{on\\} 50\\% of \\textbackslash{} the "camp" \\& <b>\\_\\#\\$\\textasciicircum{}\\textasciitilde{}}}');
    expect(bib).toContain('urldate = {2026-12-01}');
    expect(bib).toContain(`version = {${'a'.repeat(40)}}`);
    expect(bib.startsWith('@misc{sct-x-attack,')).toBe(true);
    // Unescaped braces balance: the entry cannot swallow the next one.
    const depth = [...bib.replace(/\\[{}]/g, '')].reduce((d, ch) => d + (ch === '{' ? 1 : ch === '}' ? -1 : 0), 0);
    expect(depth).toBe(0);
  });

  it('CSL-JSON is valid JSON with numeric date parts and no raw markup', () => {
    const text = withAccessed(citationCsl(c), 'csl', '2026-12-01');
    expect(text).not.toContain('<');
    const [item] = JSON.parse(text);
    expect(item.title).toBe(c.title);
    expect(item.URL).toBe(c.url);
    expect(item.version).toBe(c.version!.commit);
    expect(item.accessed['date-parts']).toEqual([[2026, 12, 1]]);
    expect(item.issued['date-parts']).toEqual([[2026, 11, 25]]);
  });

  it('outside git, says nothing about versions', () => {
    const bare = { ...c, version: undefined, changed: undefined };
    expect(withAccessed(citationText(bare), 'text', '2026-12-01')).not.toContain('version');
    expect(JSON.parse(withAccessed(citationCsl(bare), 'csl', '2026-12-01'))[0].issued).toBeUndefined();
  });
});
