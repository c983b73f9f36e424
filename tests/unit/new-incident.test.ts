import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIncident, describeResult, NewIncidentError } from '../../scripts/lib/create-incident.ts';
import { contributorLang } from '../../scripts/lib/new-incident-words.ts';
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

  it('writes a skeleton for a record in French: lang: fr, French comments, and it fails validation only on its TODOs', () => {
    const r = createIncident({ root, date: '2031-12-01', place: 'Yorosso', country: 'mli', perpetrators: ['jnim'], eventType: 'battles', lang: 'fr' });
    const text = readFileSync(join(root, r.file), 'utf8');
    expect(text).toMatch(/^# Squelette écrit par `npm run new-incident`\. Remplissez chaque TODO/m);
    expect(text).toContain('Référence des champs : CONTRIBUTING.fr.md');
    expect(text).toMatch(/^title: # TODO : ce qui s’est passé/m);
    expect(text).toMatch(/^TODO : un résumé avec vos propres mots/m);
    expect(text).not.toMatch(/in your own words|TODO: /);
    const { data } = parseRecordText(text) as { data: any };
    expect(data.lang).toBe('fr');
    expect(data.location).toMatchObject({ name: 'Yorosso', country: 'mli', precision: 'town' });
    expect(r.problems.map((p) => p.field).sort()).toEqual(['claims[0].source', 'title']);
    const report = describeResult(r, 'fr');
    expect(report).toMatch(/^Fiche écrite : content\/incidents\/2031\/2031-12-01-yorosso-battle\.md/);
    expect(report).toContain('La validation échoue tant que les TODO ne sont pas remplis (2 problèmes), comme prévu :');
    expect(report).toContain('remarque : coordonnées de la localité de Yorosso (GeoNames)');
  });

  it('refuses in French when asked to, naming the same ids and spellings', () => {
    expect(() => createIncident({ root, date: '2031-09-02', place: 'Gao', country: 'mli', perpetrators: ['jnm'], eventType: 'battles', lang: 'fr' })).toThrow(
      /^acteur inconnu « jnm » : il n’y a pas de content\/actors\/jnm\.md\. Identifiants les plus proches : jnim/,
    );
    expect(() => createIncident({ root, date: '2031-02-30', place: 'Gao', country: 'mli', perpetrators: ['jnim'], eventType: 'battles', lang: 'fr' })).toThrow(/^--date : une date réelle AAAA-MM-JJ est attendue, reçu « 2031-02-30 »/);
    expect(() => createIncident({ root, date: '2031-09-01', place: 'Boulkesi', country: 'mli', perpetrators: ['jnim'], eventType: 'battles', lang: 'fr' })).toThrow(
      /^lieu inconnu « Boulkesi » en MLI[^]*Graphies les plus proches qu’il connaît en MLI : Boulkessi \(dans les fiches\)/,
    );
  });

  it('speaks French from --lang fr or a French LANG, and English otherwise', () => {
    expect(contributorLang('fr', {})).toBe('fr');
    expect(contributorLang(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(contributorLang(undefined, { LANG: 'fr' })).toBe('fr');
    expect(contributorLang('en', { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(contributorLang(undefined, { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(contributorLang(undefined, { LANG: 'fy_NL.UTF-8' })).toBe('en');
    expect(contributorLang(undefined, {})).toBe('en');

    const cli = (args: string[], env: Record<string, string>) =>
      spawnSync(process.execPath, ['scripts/new-incident.ts', '--root', root, ...args], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', ...env } });
    const place = ['--date', '2031-11-01', '--place', 'Nowhereville', '--country', 'ner', '--perpetrator', 'is-sahel', '--event-type', 'battles'];
    const byOption = cli(['--lang', 'fr', ...place], { LANG: 'C.UTF-8' });
    expect(byOption.status).toBe(1);
    expect(byOption.stderr).toMatch(/^new-incident: lieu inconnu « Nowhereville » en NER/);
    expect(cli(place, { LANG: 'fr_FR.UTF-8' }).stderr).toMatch(/^new-incident: lieu inconnu « Nowhereville »/);
    expect(cli(['--help'], { LANG: 'fr_BE.UTF-8' }).stdout).toMatch(/^Usage : npm run new-incident -- --date AAAA-MM-JJ/);
    expect(cli(['--lang', 'de'], { LANG: 'fr_FR.UTF-8' }).stderr).toMatch(/^new-incident: --lang : une de ces valeurs est attendue : en \| fr ; reçu « de »/);
  });
});
