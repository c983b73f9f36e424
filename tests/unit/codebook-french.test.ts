/** The codebook in French: the same columns, types and values, every meaning and empty cell in French. */
import { describe, expect, it } from 'vitest';
import { codebook, codebookFor, incidentColumns, precisionCodesFor, retiredCodebook, retiredCodebookFor, retiredColumns, translatedColumns } from '../../src/build/exports/codebook.ts';

describe('the codebook in French', () => {
  const fr = codebookFor('fr');
  const frRetired = retiredCodebookFor('fr');

  it('has every column once, with the same names, types and values as the English (column names are a data format)', () => {
    expect(fr.map((c) => c.name)).toEqual([...incidentColumns]);
    expect(fr.map(({ name, type, values }) => ({ name, type, values }))).toEqual(codebook.map(({ name, type, values }) => ({ name, type, values })));
    expect(frRetired.map(({ name, type, values }) => ({ name, type, values }))).toEqual(retiredCodebook.map(({ name, type, values }) => ({ name, type, values })));
  });

  it('gives every column a French meaning and empty cell of its own, none blank or left in English', () => {
    for (const [french, english] of [[fr, codebook], [frRetired, retiredCodebook]] as const) {
      french.forEach((c, k) => {
        expect(c.meaning.trim().length, `${c.name}: meaning`).toBeGreaterThan(5);
        expect(c.empty.trim().length, `${c.name}: empty`).toBeGreaterThan(5);
        expect(c.meaning, `${c.name}: meaning left in English`).not.toBe(english[k].meaning);
        expect(c.empty, `${c.name}: empty cell left in English`).not.toBe(english[k].empty);
      });
    }
    // French spacing: no-break spaces before : ; » and after «, so a line never starts with them.
    expect(fr.find((c) => c.name === 'killed_high')!.empty.replace(/[\u00a0\u202f]/g, ' ')).toBe('au moins killed_low : aucune borne haute publiée (toutes les revendications d’un groupe de victimes disent seulement « au moins ») ; si killed_low est vide aussi, inconnu');
  });

  it('keeps no words for a column that no longer exists', () => {
    expect(Object.keys(translatedColumns.fr.incident).sort()).toEqual([...incidentColumns].sort());
    expect(Object.keys(translatedColumns.fr.retired).sort()).toEqual([...retiredColumns].sort());
  });

  it('names the precision codes in French, with the same numbers', () => {
    const codes = precisionCodesFor('fr');
    expect(codes.where_prec.codes.map((c) => c.code)).toEqual([1, 2, 3, 4, 5]);
    expect(codes.date_prec.codes[0]).toEqual({ code: 1, value: 'day', words: 'le jour est connu' });
  });

  it('leaves the English codebook as the schemas describe it', () => {
    expect(codebookFor('en')).toBe(codebook);
  });
});
