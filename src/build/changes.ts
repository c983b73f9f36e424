/**
 * The latest changes to the record across incidents, for `/changes/` and its feed: one entry per
 * commit and incident, newest first, with what changed in words. From the build's one history
 * pass (`git-history.ts`); empty outside git.
 */
import { describeChanges, type ChangeNames } from '../domain/record-changes.ts';
import type { Incident, RecordIndex } from '../records/record-index.ts';
import { history, type History, type Revision } from './git-history.ts';
import type { Lang } from '../translations/index.ts';

export interface ChangeEntry {
  incident: Incident;
  revision: Revision;
  words: string[];
}

export const CHANGES_SIZE = 100;

/** Source titles and actor names as the words of a change name them. */
export function changeNames(records: Pick<RecordIndex, 'source' | 'actorLabel'>): ChangeNames {
  return { source: (id) => records.source(id)?.data.title ?? id, actor: (id) => records.actorLabel(id) };
}

/** The words in a language (English by default). */
export function latestChanges(records: Pick<RecordIndex, 'incidents' | 'withdrawn' | 'source' | 'actorLabel'>, limit = CHANGES_SIZE, log: History = history(), lang: Lang = 'en'): ChangeEntry[] {
  const byFile = new Map([...records.incidents, ...records.withdrawn].map((i) => [i.file, i]));
  const all: { incident: Incident; revision: Revision }[] = [];
  for (const [file, revisions] of log) {
    const incident = byFile.get(file);
    if (incident) for (const revision of revisions) all.push({ incident, revision });
  }
  // Newest commit first; within a commit, incidents in date order as everywhere else.
  all.sort((a, b) => Date.parse(b.revision.date) - Date.parse(a.revision.date) || (a.incident.data.date < b.incident.data.date ? 1 : -1));
  const names = changeNames(records);
  return all.slice(0, limit).map((e) => ({ ...e, words: describeChanges(e.revision.changes, names, lang) }));
}
