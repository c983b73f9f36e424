import { describe, expect, it } from 'vitest';
import { activeCount, filterQuery, filterStatus, matches, parseFilter, type RowFacts } from '../../src/domain/incident-filter.ts';
import { filterParamOrder } from '../../src/domain/filter-params.ts';

/** A filter with only the given keys set. */
const only = (set: Record<string, string>) => ({ ...Object.fromEntries(filterParamOrder.map((k) => [k, ''])), ...set });

const row: RowFacts = { country: 'mli', actors: ['jnim', 'ansar-dine'], type: 'battles', date: '2025-06-01' };

describe('incident index filter', () => {
  it('reads a shared URL query back into the same filter', () => {
    const f = parseFilter('?country=mli&actor=jnim&type=battles&from=2025-01-01&to=2025-12-31');
    expect(f).toEqual(only({ country: 'mli', actor: 'jnim', type: 'battles', from: '2025-01-01', to: '2025-12-31' }));
    expect(filterQuery(f)).toBe('country=mli&actor=jnim&type=battles&from=2025-01-01&to=2025-12-31');
  });

  it('drops malformed values instead of trusting them', () => {
    expect(parseFilter('country=<script>&from=2025-13&actor=JNIM&region=Mopti&killed_min=-3&killed_max=1e3&victims=a b')).toEqual(only({}));
  });

  it('writes only the keys that are set', () => {
    expect(filterQuery(only({ actor: 'jnim' }))).toBe('actor=jnim');
  });

  it('round-trips every parameter through the URL, in one fixed order whatever order it came in', () => {
    const q = 'to=2025-12-31&killed_max=50&killed_min=10&precision=town&victims=civilian&sub=attack&type=violence-against-civilians&target=civilians&actor=jnim&region=mli-mopti&country=mli&from=2025-01-01';
    const f = parseFilter(q);
    expect(Object.values(f).every(Boolean)).toBe(true);
    const written = filterQuery(f);
    expect(written).toBe('country=mli&region=mli-mopti&actor=jnim&target=civilians&type=violence-against-civilians&sub=attack&victims=civilian&precision=town&killed_min=10&killed_max=50&from=2025-01-01&to=2025-12-31');
    expect(parseFilter(written)).toEqual(f);
  });

  it('counts the set criteria for the phone button, a range once', () => {
    expect(activeCount(parseFilter(''))).toBe(0);
    expect(activeCount(parseFilter('country=mli&from=2025-01-01&to=2025-02-01'))).toBe(2);
    expect(activeCount(parseFilter('to=2025-02-01&killed_min=5&killed_max=9'))).toBe(2);
  });

  it('filters by a region id, as the regional comparison links it', () => {
    const f = parseFilter('region=mli-tombouctou&from=2025-01-01&to=2025-12-31');
    expect(f.region).toBe('mli-tombouctou');
    expect(filterQuery(f)).toBe('region=mli-tombouctou&from=2025-01-01&to=2025-12-31');
    expect(matches({ ...row, region: 'mli-tombouctou' }, f)).toBe(true);
    expect(matches({ ...row, region: 'mli-mopti' }, f)).toBe(false);
    expect(matches(row, f)).toBe(false); // no region named: not in any region's list
    expect(parseFilter('region=<b>').region).toBe('');
  });

  it('matches an incident when every set criterion holds, with inclusive dates', () => {
    expect(matches(row, parseFilter('country=mli&actor=ansar-dine&from=2025-06-01&to=2025-06-01'))).toBe(true);
    expect(matches(row, parseFilter(''))).toBe(true);
  });

  it('excludes an incident failing any criterion', () => {
    expect(matches(row, parseFilter('country=bfa'))).toBe(false);
    expect(matches(row, parseFilter('actor=jni'))).toBe(false);
    expect(matches(row, parseFilter('type=riots'))).toBe(false);
    expect(matches(row, parseFilter('from=2025-06-02'))).toBe(false);
    expect(matches(row, parseFilter('to=2025-05-31'))).toBe(false);
  });

  it('includes an incident known to the month when the month overlaps the range', () => {
    // The "May 2025" Dioura attack, in a filter from mid-May to the end of June.
    const dioura: RowFacts = { country: 'mli', actors: ['jnim'], type: 'battles', date: '2025-05-01', date_precision: 'month' };
    expect(matches(dioura, parseFilter('from=2025-05-15&to=2025-06-30'))).toBe(true);
    expect(matches(dioura, parseFilter('from=2025-06-01'))).toBe(false);
    expect(matches(dioura, parseFilter('to=2025-04-30'))).toBe(false);
  });

  it('includes a year-only incident in any range of its year and in no other', () => {
    const yearOnly: RowFacts = { ...row, date: '2025-01-01', date_precision: 'year' };
    expect(matches(yearOnly, parseFilter('from=2025-08-01&to=2025-08-31'))).toBe(true);
    expect(matches(yearOnly, parseFilter('from=2024-12-01&to=2024-12-31'))).toBe(false);
  });
});

describe('incident index status line', () => {
  const day: RowFacts = { ...row, date_precision: 'day' };
  const month: RowFacts = { ...row, date: '2025-05-01', date_precision: 'month' };
  const year: RowFacts = { ...row, date: '2025-01-01', date_precision: 'year' };
  const week: RowFacts = { ...row, date: '2025-05-11', date_precision: 'week' };

  it('says how many of the shown incidents are known only to the month or year when dates are set', () => {
    const f = parseFilter('from=2025-05-15&to=2025-06-30');
    expect(filterStatus([day, month, year], 335, f)).toBe('Showing 3 of 335 incidents, 2 of them known only to the month or year');
    expect(filterStatus([day, week, month, year], 1200, f)).toBe('Showing 4 of 1,200 incidents, 3 of them known only to the week, month or year');
    expect(filterStatus([month], 335, f)).toBe('Showing 1 of 335 incidents, 1 of them known only to the month');
  });

  it('is the plain count without a date range or without vague dates', () => {
    expect(filterStatus([day, month], 335, parseFilter('country=mli'))).toBe('Showing 2 of 335 incidents');
    expect(filterStatus([day], 335, parseFilter('from=2025-01-01'))).toBe('Showing 1 of 335 incidents');
  });
});

describe('the filters the compact data answers (region, target, sub-event, victims, precision, killed)', () => {
  const full: RowFacts = {
    ...row,
    type: 'violence-against-civilians',
    region: 'mli-mopti',
    targets: ['civilians'],
    sub: 'attack',
    victims: ['civilian', 'military'],
    precision: 'town',
    killed: { low: 30, high: 60 },
  };
  it.each([
    ['region=mli-mopti', 'region=mli-segou'],
    ['target=civilians', 'target=fama'],
    ['sub=attack', 'sub=abduction-forced-disappearance'],
    ['victims=military', 'victims=militant'],
    ['precision=town', 'precision=exact'],
  ])('%s matches, %s does not', (yes, no) => {
    expect(matches(full, parseFilter(yes))).toBe(true);
    expect(matches(full, parseFilter(no))).toBe(false);
  });

  it('a row that does not know a field fails that field\'s criterion', () => {
    expect(matches(row, parseFilter('region=mli-mopti'))).toBe(false);
    expect(matches(row, parseFilter('victims=civilian'))).toBe(false);
  });

  it('matches a killed range when the ranges overlap', () => {
    const f = (q: string) => matches(full, parseFilter(q));
    expect(f('killed_min=60')).toBe(true); // 30–60 reaches 60
    expect(f('killed_min=61')).toBe(false);
    expect(f('killed_max=30')).toBe(true);
    expect(f('killed_max=29')).toBe(false);
    expect(f('killed_min=40&killed_max=45')).toBe(true); // inside the range
    expect(f('killed_min=0&killed_max=10')).toBe(false);
  });

  it('reads an open range ("at least 60") as reaching upwards without end', () => {
    const atLeast60: RowFacts = { ...full, killed: { low: 60, high: null } };
    expect(matches(atLeast60, parseFilter('killed_min=1000'))).toBe(true);
    expect(matches(atLeast60, parseFilter('killed_max=50'))).toBe(false);
    expect(matches(atLeast60, parseFilter('killed_max=60'))).toBe(true);
  });

  it('never matches an unknown toll to a killed range, not even from 0', () => {
    const unknown: RowFacts = { ...full, killed: undefined };
    expect(matches(unknown, parseFilter('killed_min=0'))).toBe(false);
    expect(matches(unknown, parseFilter('killed_max=5'))).toBe(false);
    expect(matches(unknown, parseFilter('country=mli'))).toBe(true);
  });

  it('keeps a vague date in a range its span overlaps, with the other criteria', () => {
    const monthOnly: RowFacts = { ...full, date: '2025-05-01', date_precision: 'month' };
    expect(matches(monthOnly, parseFilter('region=mli-mopti&from=2025-05-20&to=2025-06-10'))).toBe(true);
    expect(matches(monthOnly, parseFilter('region=mli-mopti&from=2025-06-01'))).toBe(false);
  });

  it('says the status in French with French numbers', () => {
    const f = parseFilter('from=2025-05-15&to=2025-06-30');
    const month: RowFacts = { ...row, date: '2025-05-01', date_precision: 'month' };
    const year: RowFacts = { ...row, date: '2025-01-01', date_precision: 'year' };
    expect(filterStatus([row, month, year], 1200, f, 'fr')).toBe(`3 incidents affichés sur ${(1200).toLocaleString('fr')}, dont 2 connus seulement au mois ou à l'année`);
  });
});
