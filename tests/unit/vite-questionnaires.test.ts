import { startDeclarations } from '../../src/engine/declarations';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtInQuestionnaires } from '../../tooling/vite/questionnaires.ts';
import { Questionnaire, RecommendationCatalogue, SourceList } from '../../src/engine/questionnaire-schema.ts';

const plugin = builtInQuestionnaires();
const watched: string[] = [];
/** The plugin's load hook as Vite calls it, with the two context methods it uses. */
function load(id: string): unknown {
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const hook = plugin.load;
  if (typeof hook !== 'function') throw new Error('load hook missing');
  const out = hook.call(context as unknown as ThisParameterType<typeof hook>, id);
  if (out === null) return null;
  if (typeof out !== 'string') throw new Error('expected JSON text');
  return JSON.parse(out) as unknown;
}

const folder = resolve('questionnaires/bayern-kommunen');
const raw = (file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown;
const work = mkdtempSync(join(tmpdir(), 'dk-vite-questionnaires-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('built-in questionnaires are checked when the app is built', () => {
  it('bundles each file as the schema reads it, defaults filled in', () => {
    const q = load(join(folder, 'questionnaire.json'));
    expect(q).toEqual(Questionnaire.parse(raw('questionnaire.json')));
    // Defaults the files leave out are there, so the app can use the data without checking it.
    const questions = (q as Questionnaire).fields.flatMap((f) => f.questions);
    expect(questions.every((x) => typeof x.weight === 'number' && typeof x.allowDontKnow === 'boolean')).toBe(
      true,
    );
    expect(load(join(folder, 'recommendations.json'))).toEqual(
      RecommendationCatalogue.parse(raw('recommendations.json')),
    );
    expect(load(join(folder, 'sources.json'))).toEqual(SourceList.parse(raw('sources.json')));
    // A change to any of the three files is noticed in development.
    expect(watched).toContain(join(folder, 'sources.json'));
  });

  it('stops the build with the German messages when a file has errors', () => {
    const dir = join(work, 'questionnaires', 'kaputt');
    cpSync(folder, dir, { recursive: true });
    const path = join(dir, 'recommendations.json');
    const catalogue = JSON.parse(readFileSync(path, 'utf8')) as { recommendations: { field: string }[] };
    const [first, ...rest] = catalogue.recommendations;
    writeFileSync(
      path,
      JSON.stringify({ ...catalogue, recommendations: [{ ...first, field: 'gibt-es-nicht' }, ...rest] }),
    );
    // Every one of the three files refuses, whichever is loaded first.
    for (const file of ['questionnaire.json', 'recommendations.json', 'sources.json'])
      expect(() => load(join(dir, file))).toThrow(
        /Fragebogen „kaputt“ ist fehlerhaft:\n.*kaputt\/recommendations\.json: recommendations\[0\]\.field: Handlungsfeld „gibt-es-nicht“ gibt es nicht/,
      );
  });

  it('checks a folder once per build, and again after one of its files changed', () => {
    // Its own copy (the folder's name must be the questionnaire's id).
    const dir = join(work, 'geaendert', 'questionnaires', 'bayern-kommunen');
    cpSync(folder, dir, { recursive: true });
    expect(load(join(dir, 'questionnaire.json'))).toEqual(Questionnaire.parse(raw('questionnaire.json')));
    writeFileSync(join(dir, 'sources.json'), '{');
    // The same build: the folder's check is done, its other files load from it.
    expect(load(join(dir, 'recommendations.json'))).toEqual(
      RecommendationCatalogue.parse(raw('recommendations.json')),
    );
    // A change (development) or a new build checks it again.
    const watchChange = plugin.watchChange;
    if (typeof watchChange !== 'function') throw new Error('watchChange hook missing');
    watchChange.call({} as ThisParameterType<typeof watchChange>, join(dir, 'sources.json'), {
      event: 'update',
    });
    expect(() => load(join(dir, 'recommendations.json'))).toThrow(
      /Fragebogen „bayern-kommunen“ ist fehlerhaft:\n.*bayern-kommunen\/sources\.json: kein gültiges JSON/,
    );
    writeFileSync(join(dir, 'sources.json'), readFileSync(join(folder, 'sources.json')));
    const buildStart = plugin.buildStart;
    if (typeof buildStart !== 'function') throw new Error('buildStart hook missing');
    void buildStart.call({} as ThisParameterType<typeof buildStart>, {} as Parameters<typeof buildStart>[0]);
    expect(load(join(dir, 'sources.json'))).toEqual(SourceList.parse(raw('sources.json')));
  });

  it('leaves other files and other kinds of import alone', () => {
    expect(load(resolve('package.json'))).toBeNull();
    expect(load(resolve('questionnaires/schema/questionnaire.schema.json'))).toBeNull();
    expect(load(`${join(folder, 'questionnaire.json')}?raw`)).toBeNull();
    expect(load(`${join(folder, 'recommendations.json')}?meta`)).toBeNull();
  });

  it('gives the start file id, version, title, the declarations the header and the profile form need and the short check alone (?meta), checked the same way', () => {
    const hook = plugin.load;
    if (typeof hook !== 'function') throw new Error('load hook missing');
    const context = {
      addWatchFile: () => undefined,
      error: (message: string) => {
        throw new Error(message);
      },
    } as unknown as ThisParameterType<typeof hook>;
    const code = hook.call(context, `${join(folder, 'questionnaire.json')}?meta`);
    const questionnaire = Questionnaire.parse(raw('questionnaire.json'));
    const { id, version, title } = questionnaire;
    const { questions: shortCheckQuestions } = raw('short-check.json') as { questions: string[] };
    // A module of its own: Vite's JSON plugin does not handle ids with a query.
    const meta = { id, version, title, ...startDeclarations(questionnaire), shortCheckQuestions };
    expect(code).toBe(`export default ${JSON.stringify(meta)};`);
    // Not the questions, not the vocabularies of the recommendations: those stay in the file.
    expect(code).not.toContain('"fields"');
    expect(code).not.toContain('"vocabularies"');
    // A broken folder stops the build here too.
    const dir = join(work, 'questionnaires', 'kaputt-meta');
    cpSync(folder, dir, { recursive: true });
    writeFileSync(join(dir, 'sources.json'), '{');
    expect(() => hook.call(context, `${join(dir, 'questionnaire.json')}?meta`)).toThrow(
      /Fragebogen „kaputt-meta“ ist fehlerhaft/,
    );
  });
});
