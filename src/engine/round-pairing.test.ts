import { describe, expect, it } from 'vitest';
import type { AssessmentRecord } from './assessment';
import { generateAssessments } from '../../tests/fixtures/generate-assessments';
import type { SourcedRecord } from './import-batch';
import {
  byAge,
  chooseRounds,
  defaultPair,
  municipalityKey,
  pairWithNewest,
  roundDate,
  sortRounds,
  type RoundPair,
} from './round-pairing';
import { fixtureQuestionnaire, fixtureRecommendations } from '../../tests/fixtures/fixture-questionnaire';

const pkg = { questionnaire: fixtureQuestionnaire, recommendations: fixtureRecommendations, sources: [] };
const [base] = generateAssessments(pkg, 1, 5) as [AssessmentRecord];
const baseProfile = base.profile;
if (!baseProfile) throw new Error('generated records have a profile');

/** A round "key" of `town` (null: no profile) assessed on `date`, created at noon that day unless said. */
const round = (key: string, town: string | null, date: string, extra: Partial<AssessmentRecord> = {}) => {
  const record: AssessmentRecord = {
    ...base,
    id: key,
    createdAt: `${date}T12:00:00.000Z`,
    profile: town === null ? null : { ...baseProfile, municipality: town, date },
    ...extra,
  };
  return { key, record, file: null } satisfies SourcedRecord;
};

const alt1 = round('alt-2024', 'Altdorf', '2024-05-01');
const alt2 = round('alt-2025', 'Altdorf', '2025-05-01');
const alt3 = round('alt-2026', 'Altdorf', '2026-01-10');
const neu1 = round('neu-2025', 'Neustadt', '2025-02-01');
const neu2 = round('neu-2026', 'Neustadt', '2026-03-01');
const solo = round('solo', 'Einzeln', '2026-06-01');
const none = round('ohne', null, '2026-07-01', { createdAt: '2026-07-01T08:00:00.000Z' });
const other = round('anderer-bogen', 'Altdorf', '2026-02-01', { questionnaireId: 'anderer' });
const keys = (rounds: readonly SourcedRecord[]) => rounds.map((r) => r.key);

describe('roundDate, byAge and municipalityKey', () => {
  it.each([
    ['the assessment date', alt1.record, '2024-05-01'],
    ['the day of creation without a profile', none.record, '2026-07-01'],
  ])('roundDate: %s', (_name, record, date) => expect(roundDate(record)).toBe(date));

  it('byAge: the same date is decided by the creation time', () => {
    const early = round('früh', 'Altdorf', '2025-05-01', { createdAt: '2025-05-01T08:00:00.000Z' });
    expect(keys([alt2, early, alt1].sort(byAge))).toEqual(['alt-2024', 'früh', 'alt-2025']);
  });

  it.each([
    ['name in another case and with spaces', alt1, round('klein', ' altdorf ', '2025-01-01'), true],
    ['another municipality', alt1, neu1, false],
    ['another questionnaire', alt1, other, false],
  ])('municipalityKey: %s', (_name, x, y, same) =>
    expect(municipalityKey(x.record) === municipalityKey(y.record)).toBe(same),
  );
});

describe('sortRounds', () => {
  it('by municipality, then oldest first; without a profile first', () => {
    expect(keys(sortRounds([neu2, alt3, none, neu1, alt1]))).toEqual([
      'ohne',
      'alt-2024',
      'alt-2026',
      'neu-2025',
      'neu-2026',
    ]);
  });
});

describe('defaultPair', () => {
  it.each<[string, SourcedRecord[], RoundPair | null]>([
    ['no rounds', [], null],
    ['one round per municipality', [alt1, neu1, solo], null],
    ['rounds without a profile never pair', [none, round('ohne-2', null, '2026-08-01')], null],
    ['the two newest of a municipality', [alt1, alt3, alt2], { before: 'alt-2025', after: 'alt-2026' }],
    [
      'the municipality whose newest round is the most recent',
      [alt1, alt2, neu1, neu2, solo],
      { before: 'neu-2025', after: 'neu-2026' },
    ],
  ])('%s', (_name, rounds, pair) => expect(defaultPair(rounds)).toEqual(pair));
});

describe('chooseRounds', () => {
  const rounds = sortRounds([alt1, alt2, alt3, neu1, neu2, other]);
  const cases: {
    name: string;
    choice: RoundPair | null;
    fallback: RoundPair | null;
    before: string | null;
    after: string | null;
    sameTown?: string[];
    otherTowns?: string[];
    different?: boolean;
    reversed?: boolean;
  }[] = [
    {
      name: 'no choice: the default pair',
      choice: null,
      fallback: { before: 'neu-2025', after: 'neu-2026' },
      before: 'neu-2025',
      after: 'neu-2026',
      sameTown: ['neu-2026'],
      otherTowns: ['alt-2024', 'alt-2025', 'alt-2026'],
      different: false,
      reversed: false,
    },
    {
      name: 'no choice and no default: the first round and the newest of its municipality',
      choice: null,
      fallback: null,
      before: 'alt-2024',
      after: 'alt-2026',
      sameTown: ['alt-2025', 'alt-2026'],
    },
    {
      name: 'a chosen pair across municipalities',
      choice: { before: 'alt-2025', after: 'neu-2026' },
      fallback: null,
      before: 'alt-2025',
      after: 'neu-2026',
      different: true,
    },
    {
      name: 'after older than before',
      choice: { before: 'alt-2026', after: 'alt-2024' },
      fallback: null,
      before: 'alt-2026',
      after: 'alt-2024',
      reversed: true,
    },
    {
      name: 'an "after" of another questionnaire is not offered',
      choice: { before: 'alt-2024', after: 'anderer-bogen' },
      fallback: null,
      before: 'alt-2024',
      after: 'alt-2026',
    },
    {
      name: 'a chosen round that is gone: the default',
      choice: { before: 'gelöscht', after: 'gelöscht-auch' },
      fallback: { before: 'neu-2025', after: 'neu-2026' },
      before: 'neu-2025',
      after: 'neu-2026',
    },
    {
      name: 'the only round of its questionnaire has nothing to compare with',
      choice: { before: 'anderer-bogen', after: 'alt-2024' },
      fallback: null,
      before: 'anderer-bogen',
      after: null,
      sameTown: [],
      otherTowns: [],
      different: false,
      reversed: false,
    },
  ];
  it.each(cases)('$name', (c) => {
    const result = chooseRounds(rounds, c.choice, c.fallback);
    expect(result.before?.key ?? null).toBe(c.before);
    expect(result.after?.key ?? null).toBe(c.after);
    if (c.sameTown) expect(keys(result.sameTown)).toEqual(c.sameTown);
    if (c.otherTowns) expect(keys(result.otherTowns)).toEqual(c.otherTowns);
    if (c.different !== undefined) expect(result.differentMunicipalities).toBe(c.different);
    if (c.reversed !== undefined) expect(result.reversed).toBe(c.reversed);
  });

  it('no rounds: nothing chosen', () => {
    expect(chooseRounds([], null, null)).toEqual({
      before: null,
      after: null,
      sameTown: [],
      otherTowns: [],
      differentMunicipalities: false,
      reversed: false,
    });
  });
});

describe('pairWithNewest', () => {
  const loaded = (r: SourcedRecord) => ({ ...r, key: `datei-${r.key}`, file: 'runde.json' });
  it.each<[string, SourcedRecord, SourcedRecord[], RoundPair | null]>([
    [
      'an older round from a file: it before the newest',
      loaded(alt1),
      [alt2, alt3, neu2],
      { before: 'datei-alt-2024', after: 'alt-2026' },
    ],
    [
      'a newer round from a file: the newest before it',
      loaded(neu2),
      [neu1, alt3],
      { before: 'neu-2025', after: 'datei-neu-2026' },
    ],
    ['no other round of the municipality', loaded(solo), [alt1, neu1], null],
    ['a round of another questionnaire does not pair', loaded(other), [alt1, alt3], null],
    ['a round without a profile', loaded(none), [none], null],
  ])('%s', (_name, round, others, pair) => expect(pairWithNewest(round, others)).toEqual(pair));
});
