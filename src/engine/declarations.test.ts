import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionnaireMismatch } from './export-envelope';
import {
  choiceLabel,
  declarationsOf,
  profileProblems,
  profileRows,
  subjectWords,
  type ProfileProblem,
} from './declarations';
import { FORMER_PROFILE, FORMER_SUBJECT, FORMER_VOCABULARIES } from './former-declarations';
import { parseQuestionnairePackage, type PackageError } from './questionnaire-package';
import { Questionnaire, type ProfileDeclaration } from './questionnaire-schema';
import { valueProblem } from './value-problem';
import { fixtureQuestionnaire } from '../../tests/fixtures/fixture-questionnaire';
import { testProfile, testRecord } from '../../tests/fixtures/records';

// The authoring guide's two examples (tests/fixtures/questionnaires): another Land, another domain.
const read = (folder: string, file: string): unknown =>
  JSON.parse(
    readFileSync(
      new URL(`../../tests/fixtures/questionnaires/${folder}/${file}.json`, import.meta.url),
      'utf8',
    ),
  );
const filesOf = (folder: string) => ({
  questionnaire: { name: 'questionnaire.json', data: read(folder, 'questionnaire') },
  recommendations: { name: 'recommendations.json', data: read(folder, 'recommendations') },
  sources: { name: 'sources.json', data: read(folder, 'sources') },
});
const hessen = Questionnaire.parse(read('hessen-kommunen', 'questionnaire'));
const feuerwehr = Questionnaire.parse(read('feuerwehr-beispiel', 'questionnaire'));

/** The problems of a questionnaire changed by `change`, as codes the i18n words. */
function problemsOf(change: (q: Record<string, unknown>) => void) {
  const data = structuredClone(read('hessen-kommunen', 'questionnaire')) as Record<string, unknown>;
  change(data);
  const result = Questionnaire.safeParse(data, { reportInput: true });
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, problem: valueProblem(i) }));
}

describe('the declarations of a questionnaire', () => {
  it('gives a questionnaire of the first format (none declared) the Bavarian ones', () => {
    const d = declarationsOf(fixtureQuestionnaire);
    expect(d.subject).toEqual(FORMER_SUBJECT);
    expect(d.profile).toEqual(FORMER_PROFILE);
    expect(d.vocabularies).toEqual(FORMER_VOCABULARIES);
    expect(d.themeLabel.de).toBe('Whitepaper-Thema');
    expect(d.subtitle?.de).toBe('Selbstbewertung der digitalen Reife für bayerische Kommunen');
  });

  it("keeps another Land's own regions and another domain's own words", () => {
    expect(declarationsOf(hessen).profile.region?.choices.map((c) => c.id)).toEqual([
      'darmstadt',
      'giessen',
      'kassel',
    ]);
    const d = declarationsOf(feuerwehr);
    expect(d.profile.region).toBeUndefined();
    expect(d.subject.de.singular).toBe('Feuerwehr');
    expect(d.themeLabel.de).toBe('Leitlinie');
    expect(d.appName.de).toBe('Digitalkompass Feuerwehr');
  });

  it.each([
    [
      'de',
      FORMER_SUBJECT,
      ['Kommune', 'die Kommune', 'der Kommune', 'zur Kommune', 'jede Kommune', 'Ihre Kommune'],
    ],
    [
      'de',
      { de: { gender: 'n', singular: 'Team', genitive: 'Teams', plural: 'Teams' }, en: FORMER_SUBJECT.en },
      ['Team', 'das Team', 'des Teams', 'zum Team', 'jedes Team', 'Ihr Team'],
    ],
    [
      'en',
      feuerwehr.subject ?? FORMER_SUBJECT,
      [
        'fire brigade',
        'the fire brigade',
        'of the fire brigade',
        'about the fire brigade',
        'each fire brigade',
        'your fire brigade',
      ],
    ],
  ] as const)('words the subject in %s: %j', (lang, subject, expected) => {
    const w = subjectWords(subject, lang);
    expect([w.one, w.the, w.ofThe, w.aboutThe, w.each, w.your]).toEqual(expected);
  });
});

describe('the schema of the declarations', () => {
  it('accepts both examples, with theme ids of their own and a field without a default target', () => {
    expect(hessen.themes.map((t) => t.id)).toEqual(['H1', 'H2']);
    // "zusammenarbeit" declares none: the highest level is its target.
    expect(hessen.fields.find((f) => f.id === 'zusammenarbeit')?.defaultTarget).toBe(4);
    expect(feuerwehr.themes.map((t) => t.id)).toEqual(['einsatz', 'lernen']);
  });

  it.each([
    {
      name: 'a question shown only for a kind the profile does not declare',
      change: (q: Record<string, unknown>) => {
        const fields = q.fields as { questions: { onlyFor?: string[] }[] }[];
        const question = fields[0]?.questions[1];
        if (question) question.onlyFor = ['markt'];
      },
      expected: [
        {
          path: ['fields', 0, 'questions', 1, 'onlyFor', 0],
          problem: { code: 'undeclared', list: 'kind', value: 'markt' },
        },
      ],
    },
    {
      name: 'a profile without subject, theme label and vocabularies',
      change: (q: Record<string, unknown>) => {
        delete q.subject;
        delete q.themeLabel;
        delete q.vocabularies;
      },
      expected: ['subject', 'themeLabel', 'vocabularies'].map((key) => ({
        path: [key],
        problem: { code: 'rule', rule: 'declarationMissing', found: { type: 'object' } },
      })),
    },
    {
      name: 'a region named twice',
      change: (q: Record<string, unknown>) => {
        const profile = q.profile as ProfileDeclaration;
        profile.region?.choices.push({ id: 'kassel', label: { de: 'Kassel', en: 'Kassel' } });
      },
      expected: [
        {
          path: ['profile', 'region', 'choices', 3, 'id'],
          problem: { code: 'duplicateId', id: 'kassel' },
        },
      ],
    },
    {
      name: 'a question that leaves only level 0',
      change: (q: Record<string, unknown>) => {
        const fields = q.fields as { questions: { unusedLevels?: number[] }[] }[];
        const question = fields[1]?.questions[1];
        if (question) question.unusedLevels = [1, 2, 3, 4];
      },
      expected: [
        {
          path: ['fields', 1, 'questions', 1, 'unusedLevels'],
          problem: { code: 'rule', rule: 'twoLevelsUsed', found: { type: 'object' } },
        },
      ],
    },
  ])('refuses $name', ({ change, expected }) => {
    expect(problemsOf(change)).toEqual(expected);
  });

  it('refuses a recommendation whose actor, effort or time frame the questionnaire does not declare', () => {
    const files = filesOf('feuerwehr-beispiel');
    const recs = structuredClone(files.recommendations.data) as {
      recommendations: { actors: string[]; effort: string; horizon: string }[];
    };
    const first = recs.recommendations[0];
    if (!first) throw new Error('no recommendation');
    first.actors = ['buergermeister'];
    first.effort = 'mittel';
    first.horizon = 'sofort';
    const result = parseQuestionnairePackage({
      ...files,
      recommendations: { ...files.recommendations, data: recs },
    });
    const problems = result.ok
      ? []
      : result.errors.flatMap((e: PackageError) => (e.code === 'at' ? [e.problem] : []));
    expect(problems).toEqual([
      { code: 'undeclared', list: 'actor', value: 'buergermeister' },
      { code: 'undeclared', list: 'effort', value: 'mittel' },
      { code: 'undeclared', list: 'horizon', value: 'sofort' },
    ]);
  });

  it('loads both examples as packages', () => {
    for (const folder of ['hessen-kommunen', 'feuerwehr-beispiel'])
      expect(parseQuestionnairePackage(filesOf(folder)).ok, folder).toBe(true);
  });
});

describe('a profile against the declared fields', () => {
  const declaration = declarationsOf(hessen).profile;
  const cases: {
    name: string;
    profile: Parameters<typeof profileProblems>[1];
    expected: ProfileProblem[];
  }[] = [
    {
      name: 'fits',
      profile: { kind: 'stadt', regierungsbezirk: 'giessen', population: 'ab-20000' },
      expected: [],
    },
    {
      name: 'a Bavarian Regierungsbezirk in Hessen',
      profile: { kind: 'stadt', regierungsbezirk: 'oberbayern', population: 'ab-20000' },
      expected: [{ key: 'regierungsbezirk', code: 'undeclared', value: 'oberbayern' }],
    },
    {
      name: 'a kind missing',
      profile: { regierungsbezirk: 'kassel', population: 'unter-5000' },
      expected: [{ key: 'kind', code: 'missing' }],
    },
  ];
  it.each(cases)('$name', ({ profile, expected }) => {
    expect(profileProblems(declaration, profile)).toEqual(expected);
  });

  it('refuses a region for a questionnaire that declares none', () => {
    expect(
      profileProblems(declarationsOf(feuerwehr).profile, {
        kind: 'freiwillig',
        regierungsbezirk: 'kassel',
        population: 'bis-30',
      }),
    ).toEqual([{ key: 'regierungsbezirk', code: 'undeclared', value: 'kassel' }]);
  });

  it('refuses an imported assessment with a choice the questionnaire does not declare', () => {
    const record = testRecord({
      questionnaireId: hessen.id,
      questionnaireVersion: hessen.version,
      profile: testProfile({ kind: 'markt', regierungsbezirk: 'darmstadt', population: 'unter-5000' }),
      answers: { 'zusammenarbeit.vertrag': 2 },
    });
    expect(questionnaireMismatch(record, hessen)).toEqual([
      { code: 'unusedLevel', at: 'answers › zusammenarbeit.vertrag', level: 2 },
      {
        code: 'undeclaredChoice',
        at: 'profile › kind',
        value: 'markt',
        questionnaire: { id: 'hessen-kommunen', version: '0.1.0' },
      },
    ]);
  });

  it('lists the declared fields a sheet shows, with the words of the choices', () => {
    const profile = { kind: 'freiwillig', population: '31-80' };
    expect(profileRows(declarationsOf(feuerwehr).profile, profile, 'de')).toEqual([
      ['Art', 'Freiwillige Feuerwehr'],
      ['Aktive', '31 bis 80'],
    ]);
    expect(choiceLabel(declarationsOf(hessen).vocabularies.horizons, 'spaeter', 'de', true)).toBe(
      'längerfristig',
    );
    expect(choiceLabel(declarationsOf(hessen).vocabularies.horizons, 'spaeter', 'de')).toBe('später');
  });
});
