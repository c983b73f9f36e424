/**
 * The record validator, called as a function on fixture content folders.
 *
 * `tests/fixtures/invalid/content/` is a complete content folder: the valid fixture's
 * records plus one broken file per kind of defect, each file named after its defect.
 * Every message is asserted whole, so a message that stops naming the file or the field fails.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/records/format-issues.ts';
import { validateContent } from '../../src/records/validate.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

const invalid = validateContent(fixture('invalid'));
const lines = invalid.errors.map(formatProblem);

const inc = (path: string) => `content/incidents/${path}`;

/** [defect, the one line the validator must print for it] */
const expected: [string, string][] = [
  ['a YAML syntax error, with the line it is on', `${inc('2025/2025-06-03-broken-yaml.md')}:4: YAML syntax error: Nested mappings are not allowed in compact mappings`],
  ['a missing required field', `${inc('2025/2025-06-04-missing-title.md')}: title: expected text of 5-200 characters, got nothing (the field is missing)`],
  ['a value of the wrong type', `${inc('2025/2025-06-05-killed-not-a-number.md')}: claims[0].killed: expected a whole number, {min: N} or {min: N, max: M}, got "about twenty"`],
  ['a latitude out of range', `${inc('2025/2025-06-06-lat-out-of-range.md')}: location.lat: expected a number from -90 to 90, got 123`],
  ['an unquoted impossible date (2025-13-45) instead of rolling it into a real day', `${inc('2025/2025-12-15-impossible-date.md')}: date: expected a real calendar date YYYY-MM-DD, got "2025-13-45"`],
  ['an unquoted 30 February', `${inc('2023/2023-02-28-thirtieth-of-february.md')}: date: expected a real calendar date YYYY-MM-DD, got "2023-02-30"`],
  ['an end_date before the date', `${inc('2025/2025-06-07-ends-before-it-starts.md')}: end_date: expected a date on or after date 2025-06-07, got "2025-06-01"`],
  ['a claim whose min is above its max', `${inc('2025/2025-06-08-min-above-max.md')}: claims[1].killed: expected min not above max, got {min: 40, max: 30}`],
  ['a sub-event type that belongs to another event type', `${inc('2025/2025-06-09-sub-event-of-another-type.md')}: sub_event_type: expected a sub-event type of battles (armed-clash | government-regains-territory | non-state-actor-overtakes-territory), got "suicide-bomb"`],
  ['an unknown event type', `${inc('2025/2025-06-10-unknown-event-type.md')}: event_type: expected one of battles | explosions-remote-violence | violence-against-civilians | protests | riots | strategic-developments, got "ambush"`],
  ['a perpetrator with no actor record', `${inc('2025/2025-06-11-missing-perpetrator.md')}: actors.perpetrators[1]: expected the id of a record in content/actors/, got "is-sahel" (no such record)`],
  ['a country with no country record', `${inc('2025/2025-06-12-missing-country.md')}: location.country: expected the id of a record in content/countries/, got "sen" (no such record)`],
  ['a claim citing a source with no record', `${inc('2025/2025-06-13-missing-source.md')}: claims[1].source: expected the id of a record in content/sources/, got "no-such-report" (no such record)`],
  ['a claim relayed from an actor with no record', `${inc('2025/2025-06-14-missing-claimed-by.md')}: claims[0].claimed_by: expected the id of a record in content/actors/, got "malian-government" (no such record)`],
  ['the same id in two year folders', `${inc('2025/2024-11-10-duplicate-id.md')}: duplicate id "2024-11-10-duplicate-id": ${inc('2024/2024-11-10-duplicate-id.md')} has the same file name`],
  ['an id that does not start with its date', `${inc('2025/2025-06-16-id-not-its-date.md')}: date: expected the file name (id) to start with the date "2025-06-15-", got "2025-06-16-id-not-its-date"`],
  ['a file in the wrong year folder', `${inc('2024/2025-01-17-wrong-year-folder.md')}: date: expected the file in content/incidents/2025/ (the year of its date), got folder "2024"`],
  ['latitude and longitude swapped', `${inc('2025/2025-06-18-lat-lon-swapped.md')}: location: expected lat/lon inside MLI, got -2.9498, 15.0015, far outside its border (are lat and lon swapped, or the country wrong?)`],
  ['a point in a neighbouring country, with the distance to the border', `${inc('2025/2025-06-19-point-in-another-country.md')}: location: expected lat/lon inside MLI, got 12.3714, -1.5197, 209 km outside its border (are lat and lon swapped, or the country wrong?)`],
  ['a town of another country, which no gazetteer of this one knows', `${inc('2025/2025-06-19-point-in-another-country.md')}: location.name: expected a place of the gazetteer: a record in content/places/ (then write location: {place: <id>}) or a GeoNames town of MLI, got "Ouagadougou" (npm run find-place -- <name> --country mli shows what is known)`],
  ['a place id with no place record', `${inc('2025/2025-07-01-unknown-place.md')}: location.place: expected the id of a record in content/places/, got "nowhere-village" (no such record)`],
  ['a place written inline that no gazetteer knows', `${inc('2025/2025-07-04-place-not-in-gazetteer.md')}: location.name: expected a place of the gazetteer: a record in content/places/ (then write location: {place: <id>}) or a GeoNames town of MLI, got "Xyzzyville" (npm run find-place -- <name> --country mli shows what is known)`],
  ['a figure from a source whose record has no URL', `${inc('2025/2025-07-07-source-without-url.md')}: claims[0].source: expected a source with the http(s) URL of the page that gives the figures, got "report-without-url", whose record has no url`],
  ['a record that says it replaces one that still exists', `${inc('2025/2025-07-10-replaces-a-live-record.md')}: replaces[0]: expected an id that is no longer a record, got "2025-06-01-boulkessi-base-assault", which still exists (delete it, or keep both and drop this line)`],
  ['a misspelt field (kiled)', `${inc('2025/2025-06-20-misspelt-field.md')}: claims[0]: unknown field kiled (check the spelling against the record contract)`],
  ['an .mdx file among incident records', `${inc('2025/2025-06-21-mdx-record.mdx')}: incident records must be plain Markdown (.md): MDX runs code at build time`],
  ['a file without frontmatter', `${inc('2025/2025-06-22-no-frontmatter.md')}:1: expected YAML frontmatter between two "---" lines at the top of the file`],
  ['a javascript: source URL', 'content/sources/javascript-url.md: url: expected an http(s) URL, got "javascript:alert(document.cookie)"'],
  ['an ftp: source URL', 'content/sources/ftp-url.md: url: expected an http(s) URL, got "ftp://example.org/report.pdf"'],
  ['a malformed source URL', 'content/sources/malformed-url.md: url: expected an http(s) URL, got "https//example.org/report"'],
  ['an actor record that fails its schema', 'content/actors/actor-with-unknown-kind.md: kind: expected one of jihadist | separatist | state-force | militia | foreign-force | criminal | other, got "terrorist"'],
  ['a wrong type in a record that also cites a missing source (first of two lines)', `${inc('2025/2025-06-23-two-defects.md')}: location.lon: expected a number from -180 to 180, got "-2.9498 W"`],
  ['an area unit the boundary data does not have (a 2023 region of Mali), listing the known names', `content/areas/jnim-operations-unknown-units.md: units[0].admin1[1]: expected a first-level unit of MLI in the boundary data (Bamako, Gao, Kayes, Kidal, Koulikoro, Mopti, Ségou, Sikasso, Timbuktu; Mali's 2023 regions, such as Ménaka and Taoudénit, are not in it: name the older unit that holds them), got "Menaka"`],
  ['a town where a Burkina Faso region or province is expected, listing both', `content/areas/jnim-operations-unknown-units.md: units[1].except[1]: expected a first-level unit of BFA in the boundary data (regions Boucle du Mouhoun, Cascades, Centre, Centre-Est, Centre-Nord, Centre-Ouest, Centre-Sud, Est, Hauts-Bassins, Nord, Plateau-Central, Sahel, Sud-Ouest; provinces Balé, Bam, Banwa, Bazéga, Bougouriba, Boulgou, Boulkiemdé, Ganzourgou, Gnagna, Gourma, Houet, Ioba, Kadiogo, Kénédougou, Komoé, Komondjari, Kompienga, Kossi, Koulpélogo, Kouritenga, Kourwéogo, Léraba, Loroum, Mou Houn, Nahouri, Namentenga, Nayala, Noumbiel, Oubritenga, Oudalan, Passoré, Poni, Sanguié, Sanmatenga, Séno, Sissili, Soum, Sourou, Tapoa, Tuy, Yagha, Yatenga, Ziro, Zondoma, Zoundwéogo), got "Ouagadougou"`],
  ['an area country the boundary data does not have', 'content/areas/jnim-operations-unknown-units.md: units[2].country: expected a country of the boundary data (ben, bfa, civ, cmr, dza, gha, gin, mli, mrt, ner, nga, sen, tcd, tgo), got "xyz"'],
  ['a missing source in a record that also fails its schema (second of two lines)', `${inc('2025/2025-06-23-two-defects.md')}: claims[0].source: expected the id of a record in content/sources/, got "missing-report" (no such record)`],
];

describe('validateContent on a valid content folder', () => {
  it('accepts a complete valid folder with no errors', () => {
    const { errors, files, records } = validateContent(fixture('valid'));
    expect(errors.map(formatProblem)).toEqual([]);
    expect(files).toBe(9);
    expect(records.incidents.map((e) => e.id).sort()).toEqual(['2024-03-01-djibo-attack', '2025-06-01-boulkessi-base-assault']);
  });

  it('normalises what it accepts: a lone id becomes a list and a bare figure a closed range', () => {
    const { records } = validateContent(fixture('valid'));
    const djibo = records.incidents.find((e) => e.id === '2024-03-01-djibo-attack')!;
    expect(djibo.data.actors.perpetrators).toEqual(['jnim']);
    expect(djibo.data.claims[0].killed).toEqual({ min: 7, max: 7 });
    const boulkessi = records.incidents.find((e) => e.id === '2025-06-01-boulkessi-base-assault')!;
    expect(boulkessi.data.claims[1].killed).toEqual({ min: 60, max: null });
  });
});

describe('validateContent on a folder with one broken file per kind of defect', () => {
  it.each(expected)('reports %s, naming the file and the field', (_defect, line) => {
    expect(lines).toContain(line);
  });

  it('reports every problem at once: exactly the expected lines, nothing for the valid records', () => {
    expect([...lines].sort()).toEqual(expected.map(([, line]) => line).sort());
  });

  it('does not call a record missing when it exists but fails its own schema', () => {
    expect(lines.filter((l) => l.includes('"actor-with-unknown-kind" (no such record)'))).toEqual([]);
  });

  it('lists one file\'s problems together, in file order', () => {
    const files = invalid.errors.map((e) => e.file);
    expect(files).toEqual([...files].sort());
  });

  it('keeps only the records that passed in its result', () => {
    const ids = invalid.records.incidents.map((e) => e.id);
    expect(ids).toContain('2025-06-01-boulkessi-base-assault');
    expect(ids).not.toContain('2025-06-06-lat-out-of-range');
  });
});

describe('likely duplicates', () => {
  const { errors } = validateContent(fixture('likely-duplicate'));
  const flagged = errors.map((e) => e.file);

  it('reports two incidents within a day and 25 km with a shared perpetrator as an error', () => {
    expect(errors.map(formatProblem)).toEqual([
      `${inc('2025/2025-06-02-boulkessi-second-report.md')}: may duplicate 2025-06-01-boulkessi-base-assault (8 km and 1 day apart, same perpetrator); if they are one event, merge the claims into one record; if not, add \`distinct_from: [2025-06-01-boulkessi-base-assault]\``,
    ]);
  });

  it('does not flag the same place on another day, far away on the same day, with another perpetrator, or marked distinct', () => {
    expect(flagged).not.toContain(inc('2025/2025-06-04-boulkessi-three-days-later.md'));
    expect(flagged).not.toContain(inc('2025/2025-06-01-mopti-same-day-far-away.md'));
    expect(flagged).not.toContain(inc('2025/2025-06-01-boulkessi-other-perpetrator.md'));
    expect(flagged).not.toContain(inc('2025/2025-06-02-boulkessi-marked-distinct.md'));
  });

  it('does not compare a withdrawn incident with the others: it was false', () => {
    expect(flagged).not.toContain(inc('2025/2025-06-02-boulkessi-false-report.md'));
    expect(errors.map((e) => e.message).join('\n')).not.toContain('false-report');
  });

  it('does not call a record known only to the month "a day apart" because it is stored on the 1st', () => {
    expect(flagged).not.toContain(inc('2025/2025-06-01-boulkessi-known-to-the-month.md'));
    expect(errors.map((w) => w.message).join('\n')).not.toContain('2025-06-01-boulkessi-known-to-the-month');
  });
});

describe('the bundled dataset', () => {
  it('validates with zero errors', () => {
    const { errors, records } = validateContent(repoRoot);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(records.incidents.length).toBeGreaterThan(0);
  });
});
