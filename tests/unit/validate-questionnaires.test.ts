import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const run = (...dirs: string[]) =>
  spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'tooling/cli/validate-questionnaires.ts', ...dirs],
    {
      encoding: 'utf8',
    },
  );

const work = mkdtempSync(join(tmpdir(), 'dk-validate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the Bavarian questionnaire folder with one file changed. */
function brokenCopy(name: string, file: string, change: Change): string {
  const dir = join(work, name);
  cpSync('questionnaires/bayern-kommunen', dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(change(JSON.parse(readFileSync(path, 'utf8')))));
  return dir;
}

/** Changes a questionnaire file read as JSON; returns what is written back. */
type Change = (json: Record<string, unknown>) => unknown;

/** The second source was last checked in `month`. */
const secondSourceChecked =
  (month: string): Change =>
  (s) => {
    const list = s.sources as Record<string, unknown>[];
    if (list[1]) list[1].checked = month;
    return s;
  };

/** The first recommendation of `kind` fires while strategie.ziele is at or below level 3. */
const firesUpToLevel3 =
  (kind: string): Change =>
  (r) => {
    const recs = r.recommendations as { kind: string; trigger: unknown }[];
    const rec = recs.find((x) => x.kind === kind);
    if (rec) rec.trigger = { match: 'any', conditions: [{ question: 'strategie.ziele', atOrBelow: 3 }] };
    return r;
  };

describe('npm run validate:questionnaires', () => {
  it('prints one summary line per questionnaire and exits 0', () => {
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^bayern-kommunen 2\.0\.0, Stand 2026-12: 11 Handlungsfelder, \d+ Fragen, \d+ Empfehlungen, \d+ Quellen$/m,
    );
    // No source is stale: nothing is flagged, and the summary says which months the sources were
    // checked in and that those before the as-of month were not checked again for it.
    expect(r.stderr).not.toContain('Warnung');
    expect(r.stdout).toMatch(
      /^ {2}Quellen zuletzt geprüft: \d+ im Monat 2026-12, \d+ im Monat 2026-11; \d+ Quellen wurden für den Stand 2026-12 nicht neu geprüft, keine liegt mehr als 12 Monate davor \(erst dann gibt es eine Warnung\)\.$/m,
    );
  });

  it('warns, and still passes, when a source was checked more than 12 months before the as-of month', () => {
    const dir = brokenCopy('stale/bayern-kommunen', 'sources.json', secondSourceChecked('2025-11'));
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /Warnung: .*sources\[1\]\.checked: .* wurde zuletzt 2025-11 geprüft, 13 Monate vor/,
    );
    expect(r.stdout).toContain('1 liegt mehr als 12 Monate davor (siehe Warnungen).');
  });

  it('accepts a source checked exactly 12 months before the as-of month without a warning', () => {
    const dir = brokenCopy('twelve/bayern-kommunen', 'sources.json', secondSourceChecked('2025-12'));
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('Warnung');
  });

  it.each<[string, string, string, Change, string | RegExp]>([
    [
      'a source without a checked month, in plain German',
      'unchecked',
      'sources.json',
      (s) => {
        const list = s.sources as Record<string, unknown>[];
        delete list[0]?.checked;
        return s;
      },
      'sources.json: sources[0].checked: Es fehlt der Monat, in dem die Quelle zuletzt geprüft wurde',
    ],
    [
      'a next step that would fire at level 0',
      'next-at-zero',
      'recommendations.json',
      firesUpToLevel3('next-step'),
      /ist ein nächster Schritt, würde aber schon erscheinen, wenn die Frage auf Stufe 0 steht/,
    ],
    [
      'a first step that would still fire once it is done',
      'first-done',
      'recommendations.json',
      firesUpToLevel3('first-step'),
      /ist ein erster Schritt, würde aber auch noch erscheinen, wenn die Frage Stufe 3/,
    ],
    [
      'a question without five levels, naming file and path',
      'levels',
      'questionnaire.json',
      (q) => {
        const fields = q.fields as { questions: { levels: unknown[] }[] }[];
        fields[0]?.questions[0]?.levels.pop();
        return q;
      },
      'questionnaire.json: fields[0].questions[0].levels: Es müssen genau fünf Stufen',
    ],
    [
      'a trigger that names a missing question',
      'trigger',
      'recommendations.json',
      (r) => {
        const recs = r.recommendations as { trigger: { conditions: unknown[] } }[];
        if (recs[0]) recs[0].trigger.conditions = [{ question: 'gibt.es.nicht', atOrBelow: 1 }];
        return r;
      },
      'recommendations[0].trigger.conditions[0].question: Frage „gibt.es.nicht“ gibt es nicht',
    ],
  ])('fails on %s', (_name, copy, file, change, message) => {
    const r = run(brokenCopy(copy, file, change));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
  });

  it('fails when the folder name is not the questionnaire id', () => {
    const dir = join(work, 'anderer-name');
    cpSync('questionnaires/bayern-kommunen', dir, { recursive: true });
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('id: „bayern-kommunen“ muss dem Ordnernamen „anderer-name“ entsprechen');
  });

  it('fails on a file that is not JSON', () => {
    const dir = join(work, 'notjson');
    cpSync('questionnaires/bayern-kommunen', dir, { recursive: true });
    writeFileSync(join(dir, 'sources.json'), '{ "type": ');
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/sources\.json: kein gültiges JSON/);
  });
});
