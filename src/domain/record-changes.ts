/**
 * What changed between two versions of an incident record, first as data (`compareRecords`,
 * which git reading stores: small, and needs no names), then in words (`describeChange`, at
 * page time, with the source titles and actor names of the build). Pure: tested on pairs of
 * records without git.
 */
import type { Claim, Figure, IncidentData } from '../schemas/incident.ts';
import { eventTypeLabel, subEventLabel } from './labels.ts';
import type en from '../translations/en.ts';
import { words, type Lang } from '../translations/index.ts';
import { formatFigure } from './ranges.ts';
import { measures, type EventType, type Measure, type VictimGroup } from './vocabulary.ts';

/** One version of a record: its validated frontmatter and its Markdown text. */
export interface RecordVersion {
  data: IncidentData;
  body: string;
}

export type ChangeField = keyof typeof en.change.field;

export type RecordChange =
  | { kind: 'created' }
  /** A figure of one claim (a source and victim group) added, removed (`to` unset) or revised. */
  | { kind: 'figure'; source: string; victims: VictimGroup; measure: Measure; from?: Figure; to?: Figure }
  /** A claim with no figure added or removed. */
  | { kind: 'claim'; source: string; added: boolean }
  | { kind: 'place'; from: string; to: string }
  /** A field whose old and new values say it best; either may be missing (set, cleared). */
  | { kind: 'field'; field: ChangeField; from?: string; to?: string }
  /** A field too long to quote (title, summary) or only worth naming. */
  | { kind: 'edited'; field: ChangeField }
  | { kind: 'actors'; field: 'perpetrators' | 'targets'; from: string[]; to: string[] }
  | { kind: 'withdrawn'; reason: string }
  | { kind: 'reinstated' }
  | { kind: 'renamed'; from: string }
  /** Old ids this record now replaces (renamed or merged into it). */
  | { kind: 'replaces'; ids: string[] }
  /** A version that does not pass today's schema: we cannot say what changed. */
  | { kind: 'unreadable' }
  | { kind: 'formatting' };

const sameFigure = (a?: Figure, b?: Figure) => a?.min === b?.min && a?.max === b?.max;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Claims keyed by source and victim group (a record has one claim per pair; repeats get a number). */
function claimsByKey(claims: Claim[]): Map<string, Claim> {
  const out = new Map<string, Claim>();
  for (const c of claims) {
    let key = `${c.source}|${c.victims}`;
    for (let n = 2; out.has(key); n++) key = `${c.source}|${c.victims}|${n}`;
    out.set(key, c);
  }
  return out;
}

function claimChanges(before: Claim[], after: Claim[]): RecordChange[] {
  const b = claimsByKey(before);
  const a = claimsByKey(after);
  const out: RecordChange[] = [];
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const old = b.get(key);
    const now = a.get(key);
    const source = (now ?? old)!.source;
    const figures = measures.filter((m) => !sameFigure(old?.[m], now?.[m]));
    for (const measure of figures) out.push({ kind: 'figure', source, victims: (now ?? old)!.victims, measure, from: old?.[measure], to: now?.[measure] });
    // A claim that comes or goes without any figure still changes who reported the event.
    if (figures.length === 0 && !(old && now)) out.push({ kind: 'claim', source, added: !old });
  }
  return out;
}

/** A field compared by value: nothing when equal, else the change with both values. */
function field(name: ChangeField, from: string | undefined, to: string | undefined): RecordChange[] {
  return from === to ? [] : [{ kind: 'field', field: name, from, to }];
}

/**
 * The changes from `before` to `after`, in the order a reader cares about: withdrawal, the toll,
 * place, date, actors, then wording. `before` undefined: the record was created.
 */
export function compareRecords(before: RecordVersion | undefined, after: RecordVersion): RecordChange[] {
  if (!before) return [{ kind: 'created' }];
  const [b, a] = [before.data, after.data];
  const out: RecordChange[] = [];
  if (a.withdrawn && !b.withdrawn) out.push({ kind: 'withdrawn', reason: a.withdrawn.reason });
  if (!a.withdrawn && b.withdrawn) out.push({ kind: 'reinstated' });
  out.push(...claimChanges(b.claims, a.claims));
  const [bl, al] = [b.location, a.location];
  if (bl.name !== al.name) out.push({ kind: 'place', from: bl.name, to: al.name });
  else if (bl.lat !== al.lat || bl.lon !== al.lon) out.push({ kind: 'edited', field: 'point' });
  out.push(...field('region', bl.admin1, al.admin1), ...field('precision', bl.precision, al.precision));
  out.push(...field('date', b.date, a.date), ...field('date_precision', b.date_precision, a.date_precision), ...field('end_date', b.end_date, a.end_date));
  out.push(...field('event_type', b.event_type, a.event_type), ...field('sub_event_type', b.sub_event_type, a.sub_event_type));
  for (const role of ['perpetrators', 'targets'] as const) {
    if (!same(b.actors[role], a.actors[role])) out.push({ kind: 'actors', field: role, from: b.actors[role], to: a.actors[role] });
  }
  if (b.title !== a.title) out.push({ kind: 'edited', field: 'title' });
  if (before.body.trim() !== after.body.trim()) out.push({ kind: 'edited', field: 'summary' });
  if (!same(b.tags, a.tags)) out.push({ kind: 'edited', field: 'tags' });
  const merged = a.replaces.filter((id) => !b.replaces.includes(id));
  if (merged.length) out.push({ kind: 'replaces', ids: merged });
  // The rest (aliases, place id, distinct_from) is bookkeeping: named, not quoted.
  const rest = (d: IncidentData) => [d.location.aliases, d.location.place, d.location.admin2, d.distinct_from, d.replaces, d.withdrawn];
  if (out.length === 0 && !same(rest(b), rest(a))) out.push({ kind: 'edited', field: 'other' });
  return out;
}

/** How the words name other records: source titles and actor names, from the build's index. */
export interface ChangeNames {
  source: (id: string) => string;
  actor: (id: string) => string;
}

const fieldValue = (field: ChangeField, value: string, lang: Lang) =>
  field === 'event_type' ? (eventTypeLabel(value as EventType, lang) ?? value) : field === 'sub_event_type' ? subEventLabel(value, lang) : value;

/** One change as a phrase: "killed: a claim of at least 60 from RFI added", "place moved from Douentza to Boulkessi". */
export function describeChange(c: RecordChange, names: ChangeNames, lang: Lang = 'en'): string {
  const t = words(lang);
  const w = t.change;
  switch (c.kind) {
    case 'created':
      return w.created;
    case 'figure': {
      // "killed (soldiers)": a record often has one claim per victim group from the same source.
      const measure = t.measureVerb[c.measure];
      const what = c.victims === 'unknown' ? measure : `${measure} (${t.victimNoun[c.victims]})`;
      if (!c.from) return w.claimAdded(what, formatFigure(c.to, lang), names.source(c.source));
      if (!c.to) return w.claimRemoved(what, formatFigure(c.from, lang), names.source(c.source));
      return w.claimRevised(what, names.source(c.source), formatFigure(c.from, lang), formatFigure(c.to, lang));
    }
    case 'claim':
      return c.added ? w.sourceAdded(names.source(c.source)) : w.sourceRemoved(names.source(c.source));
    case 'place':
      return w.placeMoved(c.from, c.to);
    case 'field': {
      const what = w.field[c.field];
      if (c.from === undefined) return w.set(what, fieldValue(c.field, c.to ?? '', lang));
      if (c.to === undefined) return w.cleared(what, fieldValue(c.field, c.from, lang));
      return w.changed(what, fieldValue(c.field, c.from, lang), fieldValue(c.field, c.to, lang));
    }
    case 'edited':
      return w.edited(w.field[c.field]);
    case 'actors': {
      const list = (ids: string[]) => ids.map(names.actor).join(', ') || '—';
      return w.changed(w.field[c.field], list(c.from), list(c.to));
    }
    case 'withdrawn':
      return w.withdrawn(c.reason);
    case 'reinstated':
      return w.reinstated;
    case 'renamed':
      return w.renamed(c.from);
    case 'replaces':
      return w.replaces(c.ids.join(', '));
    case 'unreadable':
      return w.unreadable;
    case 'formatting':
      return w.formatting;
  }
}

/** Every change of a revision in words; a revision with none says so rather than showing nothing. */
export function describeChanges(changes: readonly RecordChange[], names: ChangeNames, lang: Lang = 'en'): string[] {
  return changes.length ? changes.map((c) => describeChange(c, names, lang)) : [words(lang).change.none];
}
