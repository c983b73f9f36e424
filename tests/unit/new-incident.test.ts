import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIncident, NewIncidentError } from '../../scripts/lib/create-incident.ts';
import { parseRecordText } from '../../src/records/read-records.ts';
import { validateContent } from '../../src/records/validate.ts';
import { projectRoot } from './exports-helpers.ts';

/** A throwaway copy of the project's records to write into. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'new-incident-'));
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

const someSource = () => validateContent(projectRoot).records.sources[0].id;

// The gazetteer parses about 20 MB of GeoNames JSON on first use; the machine may be busy.
describe('npm run new-incident', { timeout: 60_000 }, () => {
  let root: string;
  beforeAll(() => {
    root = projectCopy();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names a place of the record gazetteer by id, found by its French name', () => {
    const r = createIncident({ root, date: '2031-06-02', place: 'Tombouctou', country: 'MLI', perpetrators: ['jnim'], eventType: 'battles' });
    expect(r.file).toBe('content/incidents/2031/2031-06-02-timbuktu-battle.md');
    const { data } = parseRecordText(readFileSync(join(root, r.file), 'utf8')) as { data: any };
    expect(data.location).toEqual({ place: 'timbuktu' });
    rmSync(join(root, r.file));
  });

  it('writes a skeleton in the year folder, placed by GeoNames, that fails validation only on its TODOs', () => {
    const r = createIncident({ root, date: '2031-06-02', place: 'Koutiala', country: 'MLI', perpetrators: ['jnim'], eventType: 'battles' });
    expect(r.file).toBe('content/incidents/2031/2031-06-02-koutiala-battle.md');
    const text = readFileSync(join(root, r.file), 'utf8');
    const { data } = parseRecordText(text) as { data: any };
    expect(data.location).toMatchObject({ name: 'Koutiala', country: 'mli', precision: 'town' });
    expect(data.location.lat).toBeCloseTo(12.39, 1);
    expect(data.location.lon).toBeCloseTo(-5.46, 1);
    expect(data.location.admin1).toBe('Sikasso');
    // No figure is invented: the claim has none until the contributor adds what a source says.
    expect(data.claims).toEqual([{ source: 'todo-add-a-source-record', victims: 'unknown' }]);
    expect(r.problems.map((p) => p.field).sort()).toEqual(['claims[0].source', 'title']);

    // Filling the TODOs makes it valid.
    writeFileSync(
      join(root, r.file),
      text.replace(/^title:.*$/m, 'title: JNIM attack on the Koutiala garrison').replace(/todo-add-a-source-record.*$/m, someSource()),
    );
    expect(validateContent(root).errors.filter((e) => e.file === r.file)).toEqual([]);
  });

  it('writes a record that validates as written when given a title and a source', () => {
    const r = createIncident({
      root,
      date: '2031-07-01',
      place: 'Djibo',
      country: 'bfa',
      perpetrators: ['jnim'],
      targets: ['fabf'],
      eventType: 'battles',
      subEventType: 'non-state-actor-overtakes-territory',
      title: 'JNIM: "seizure" of Djibo #2',
      source: someSource(),
    });
    expect(r.id).toBe('2031-07-01-djibo-non-state-actor-overtakes-territory');
    expect(r.problems).toEqual([]);
    const rec = validateContent(root).records.incidents.find((i) => i.id === r.id)!;
    expect(rec.data.title).toBe('JNIM: "seizure" of Djibo #2');
    expect(rec.data.location.admin1).toBe('Sahel');
  });

  it('refuses an id that already exists, leaving the existing record untouched', () => {
    const first = createIncident({ root, date: '2031-08-01', place: 'Gao', country: 'mli', perpetrators: ['is-sahel'], eventType: 'riots' });
    const before = readFileSync(join(root, first.file), 'utf8');
    expect(() => createIncident({ root, date: '2031-08-01', place: 'Gao', country: 'mli', perpetrators: ['jnim'], eventType: 'riots' })).toThrow(
      /incident "2031-08-01-gao-riot" already exists \(content\/incidents\/2031\/2031-08-01-gao-riot\.md\)/,
    );
    expect(readFileSync(join(root, first.file), 'utf8')).toBe(before);
  });

  it('refuses an unknown place, listing the nearest spellings it knows, and writes nothing', () => {
    let message = '';
    try {
      createIncident({ root, date: '2031-09-01', place: 'Boulkesi', country: 'mli', perpetrators: ['jnim'], eventType: 'battles' });
    } catch (e) {
      expect(e).toBeInstanceOf(NewIncidentError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/^unknown place "Boulkesi" in MLI/);
    expect(message).toMatch(/Nearest spellings it knows in MLI: Boulkessi \(in the records\)/);
    expect(existsSync(join(root, 'content/incidents/2031/2031-09-01-boulkesi-battle.md'))).toBe(false);
  });

  it('refuses unknown actors and event types with the ids it knows', () => {
    expect(() => createIncident({ root, date: '2031-09-02', place: 'Gao', country: 'mli', perpetrators: ['jnm'], eventType: 'battles' })).toThrow(/unknown actor "jnm".*Closest ids: jnim/);
    expect(() => createIncident({ root, date: '2031-09-02', place: 'Gao', country: 'mli', perpetrators: ['jnim'], eventType: 'battle' })).toThrow(/--event-type: expected one of battles \|/);
    expect(() => createIncident({ root, date: '2031-02-30', place: 'Gao', country: 'mli', perpetrators: ['jnim'], eventType: 'battles' })).toThrow(/--date: expected a real date/);
  });

  it('takes coordinates from the contributor for a place the gazetteer does not know', () => {
    const r = createIncident({ root, date: '2031-10-01', place: 'Kpekakandi camp', country: 'tgo', perpetrators: ['jnim'], eventType: 'battles', lat: 10.9, lon: 0.55, precision: 'district' });
    const { data } = parseRecordText(readFileSync(join(root, r.file), 'utf8')) as { data: any };
    expect(data.location).toMatchObject({ name: 'Kpekakandi camp', lat: 10.9, lon: 0.55, precision: 'district' });
    expect(data.location.admin1).toBeUndefined();
  });

  it('exits non-zero from the command line with the message for an unknown place', () => {
    const run = spawnSync(process.execPath, ['scripts/new-incident.ts', '--root', root, '--date', '2031-11-01', '--place', 'Nowhereville', '--country', 'ner', '--perpetrator', 'is-sahel', '--event-type', 'battles'], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^new-incident: unknown place "Nowhereville" in NER/);
  });
});
