import { describe, expect, it } from 'vitest';
import {
  aggregateRegion,
  distribution,
  MIN_GROUP_SIZE,
  quantile,
  regionRanking,
  tooFewToShow,
  regionToCsv,
  type RegionFilter,
  type RegionOverview,
} from './aggregate-region';
import type { Answers, AssessmentRecord, Profile, Targets } from './assessment';
import { targetLevelFor } from './gaps';
import type { QuestionnairePackage } from './questionnaire-package';
import { matchRecommendations } from './recommend';
import { levelToPoints, scoreAssessment } from './score';
import { loadBavarianPackage } from '../../tests/fixtures/bavarian-package';
import { fixturePackage as fixture, fixtureQuestionnaire } from '../../tests/fixtures/fixture-questionnaire';
import { generateAssessments } from '../../tests/fixtures/generate-assessments';
import { testProfile, testRecord } from '../../tests/fixtures/records';

/** A round of the fixture questionnaire; the profile without role and date, which do not count here. */
const record = (
  id: string,
  profile: Omit<Profile, 'role' | 'date'> | null,
  answers: Answers,
  targets: Targets = {},
  questionnaireId = 'fixture',
): AssessmentRecord =>
  testRecord({ id, questionnaireId, profile: profile && testProfile(profile), answers, targets });

/** Where a municipality is, what kind it is and how many live there. */
const place = (
  municipality: string,
  kind: Profile['kind'],
  regierungsbezirk: Profile['regierungsbezirk'],
  population: Profile['population'],
) => ({ municipality, kind, regierungsbezirk, population });

// Field scores (a, b) and overall in the comments; default targets a = 3 (75), b = 2 (50).
const region: AssessmentRecord[] = [
  // a 25, b 100, overall 62.5
  record('r1', place('Adorf', 'gemeinde', 'oberbayern', '1000-2999'), { 'a.1': 4, 'a.2': 0, 'b.1': 4 }),
  // a 75 (own target 4), b 50, overall 62.5
  record(
    'r2',
    place('Markt Bdorf', 'markt', 'schwaben', '3000-4999'),
    { 'a.1': 0, 'a.2': 4, 'b.1': 2 },
    { a: 4 },
  ),
  // a 50, b 50 (own target 3; b.lk counts for a Landkreis), overall 50
  record(
    'r3',
    place('Landkreis C', 'landkreis', 'oberbayern', 'ab-100000'),
    { 'a.1': 2, 'a.2': 2, 'b.1': 0, 'b.lk': 4 },
    { b: 3 },
  ),
  record('ohne-profil', null, { 'a.1': 4 }),
  record('anderer-fragebogen', place('X', 'gemeinde', 'oberbayern', '1000-2999'), {}, {}, 'anderer'),
  record('ungueltig', place('Y', 'gemeinde', 'oberbayern', '1000-2999'), { 'a.1': 'notApplicable' }),
  // nothing answered: included, but without any score
  record('r7', place('Ddorf', 'gemeinde', 'niederbayern', 'unter-1000'), {}),
  // a 25, b 100, overall 62.5
  record('r8', place('Edorf', 'gemeinde', 'unterfranken', '1000-2999'), { 'a.1': 1, 'a.2': 1, 'b.1': 4 }),
  // a 75, b 75, overall 75; triggers no recommendation
  record('r9', place('Fdorf', 'gemeinde', 'oberpfalz', '5000-9999'), { 'a.1': 3, 'a.2': 3, 'b.1': 3 }),
];

describe('quantile (R-7, like QUARTILE.INC)', () => {
  it.each([
    [[], 0.5, null],
    [[7], 0.25, 7],
    [[7], 0.75, 7],
    [[1, 2, 3, 4], 0.25, 1.75],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.75, 3.25],
    [[1, 2, 3, 4, 5], 0.25, 2],
    [[1, 2, 3, 4, 5], 0.75, 4],
    [[0, 25, 100], 0.25, 12.5],
    [[0, 25, 100], 0.75, 62.5],
    [[0, 25, 100], 0, 0],
    [[0, 25, 100], 1, 100],
  ])('%j at %f → %s', (values, p, expected) => {
    expect(quantile(values, p)).toBe(expected);
  });
});

describe('distribution', () => {
  it.each([
    [[], { n: 0, median: null, q1: null, q3: null, min: null, max: null }],
    [[50], { n: 1, median: 50, q1: 50, q3: 50, min: 50, max: 50 }],
    [[75, 25, 50, 25], { n: 4, median: 37.5, q1: 25, q3: 56.25, min: 25, max: 75 }],
    [[100, 0, 62.5], { n: 3, median: 62.5, q1: 31.25, q3: 81.25, min: 0, max: 100 }],
  ])('%j', (values, expected) => {
    expect(distribution(values)).toEqual(expected);
  });
});

describe('aggregateRegion on hand-made records', () => {
  const o = aggregateRegion(fixture, region);

  it('counts included and skipped records by reason', () => {
    expect(o.included).toBe(6);
    expect(o.skipped).toEqual({ noProfile: 1, otherQuestionnaire: 1, invalidAnswers: 1 });
    expect(o.filteredOut).toBe(0);
    expect(o.questionnaireId).toBe('fixture');
  });

  it('describes each field and counts municipalities below their own target', () => {
    expect(o.fields).toEqual([
      { fieldId: 'a', n: 5, median: 50, q1: 25, q3: 75, min: 25, max: 75, belowTarget: 4 },
      { fieldId: 'b', n: 5, median: 75, q1: 50, q3: 100, min: 50, max: 100, belowTarget: 1 },
    ]);
    expect(o.overall).toEqual({ n: 5, median: 62.5, q1: 62.5, q3: 62.5, min: 50, max: 75 });
    expect(o.recommendationsWithheld).toBe(false);
  });

  // Anonymous means anonymous: no figure for a group of fewer than five (after the filter).
  const withheld = { median: null, q1: null, q3: null, min: null, max: null, withheld: true };
  it.each<{
    name: string;
    records: AssessmentRecord[];
    filter?: RegionFilter;
    fieldN: number[];
    recs: boolean;
  }>([
    { name: 'five with a score: shown', records: region, fieldN: [5, 5], recs: true },
    {
      name: 'four with a score, the fifth without: field figures withheld, recommendations shown',
      records: region.filter((r) => r.id !== 'r9'),
      fieldN: [4, 4],
      recs: true,
    },
    {
      name: 'a filter leaving four: all withheld',
      records: region,
      filter: { kinds: ['gemeinde'] },
      fieldN: [3, 3],
      recs: false,
    },
    {
      name: 'a filter leaving one',
      records: region,
      filter: { kinds: ['landkreis'] },
      fieldN: [1, 1],
      recs: false,
    },
  ])('$name', ({ records, filter, fieldN, recs }) => {
    const f = aggregateRegion(fixture, records, filter);
    expect(f.fields.map((x) => x.n)).toEqual(fieldN);
    for (const field of f.fields)
      if (field.n < 5)
        expect(field).toEqual({ fieldId: field.fieldId, n: field.n, ...withheld, belowTarget: null });
      else expect(field.median).not.toBeNull();
    if (f.overall.n < 5) expect(f.overall).toEqual({ n: f.overall.n, ...withheld });
    expect(f.recommendationsWithheld).toBe(!recs);
    if (!recs) expect(f.topRecommendations).toEqual([]);
    else expect(f.topRecommendations.length).toBeGreaterThan(0);
  });

  it.each([
    [0, false],
    [1, true],
    [4, true],
    [5, false],
    [60, false],
  ])('a group of %i is too few to show: %s', (n, expected) => {
    expect(tooFewToShow(n)).toBe(expected);
    expect(MIN_GROUP_SIZE).toBe(5);
  });

  // Every recommendation of the six included records, by count.
  const allCounted: [string, number][] = [
    ['r.a1-low', 2],
    ['r.a2-low', 2],
    ['r.a-field', 2],
    ['r.a-both', 2],
    ['r.b-top', 2],
    ['r.b-high', 2],
    ['r.blk', 1],
  ];
  const filterCases: {
    name: string;
    filter: RegionFilter;
    top?: number;
    included: number;
    filteredOut: number;
    overallN: number;
    recommendations: [string, number][];
  }[] = [
    {
      name: 'all: count desc, ties in catalogue order',
      filter: {},
      included: 6,
      filteredOut: 0,
      overallN: 5,
      recommendations: allCounted,
    },
    {
      name: 'top 3',
      filter: {},
      top: 3,
      included: 6,
      filteredOut: 0,
      overallN: 5,
      recommendations: allCounted.slice(0, 3),
    },
    {
      name: 'only Gemeinden: four, too few for recommendation counts',
      filter: { kinds: ['gemeinde'] },
      included: 4,
      filteredOut: 2,
      overallN: 3,
      recommendations: [],
    },
    {
      name: 'by Regierungsbezirk',
      filter: { bezirke: ['schwaben', 'niederbayern'] },
      included: 2,
      filteredOut: 4,
      overallN: 1,
      recommendations: [],
    },
    {
      name: 'by population and kind together',
      filter: {
        populations: ['1000-2999', '5000-9999', 'ab-100000'],
        kinds: ['gemeinde', 'markt', 'landkreis'],
      },
      included: 4,
      filteredOut: 2,
      overallN: 4,
      recommendations: [],
    },
    {
      name: 'empty lists do not restrict',
      filter: { kinds: [], populations: [], bezirke: [] },
      top: 0,
      included: 6,
      filteredOut: 0,
      overallN: 5,
      recommendations: [],
    },
    {
      name: 'a filter nobody passes',
      filter: { kinds: ['kreisfreie-stadt'] },
      included: 0,
      filteredOut: 6,
      overallN: 0,
      recommendations: [],
    },
  ];
  it.each(filterCases)('$name', ({ filter, top, included, filteredOut, overallN, recommendations }) => {
    const f = aggregateRegion(fixture, region, filter, top);
    expect(f.included).toBe(included);
    expect(f.filteredOut).toBe(filteredOut);
    expect(f.overall.n).toBe(overallN);
    expect(f.skipped).toEqual({ noProfile: 1, otherQuestionnaire: 1, invalidAnswers: 1 });
    expect(f.topRecommendations.map((r) => [r.recommendationId, r.count])).toEqual(recommendations);
  });

  it('gives an empty overview for no records', () => {
    const empty = aggregateRegion(fixture, []);
    expect(empty.included).toBe(0);
    expect(empty.fields.map((f) => f.n)).toEqual([0, 0]);
    expect(empty.overall.median).toBeNull();
  });
});

/** The straightforward way: scoreAssessment and matchRecommendations for every record. */
function referenceAggregate(pkg: QuestionnairePackage, records: AssessmentRecord[]) {
  const q = pkg.questionnaire;
  const fieldScores: number[][] = q.fields.map(() => []);
  const below = q.fields.map(() => 0);
  const overall: number[] = [];
  const counts = new Map<string, number>();
  for (const r of records) {
    const kind = r.profile?.kind;
    const s = scoreAssessment(q, r.answers, kind);
    if (s.overall !== null) overall.push(s.overall);
    s.fields.forEach((f, i) => {
      if (f.score === null) return;
      fieldScores[i]?.push(f.score);
      if (f.score < levelToPoints(targetLevelFor(q, r.targets, f.fieldId))) below[i] = (below[i] ?? 0) + 1;
    });
    for (const m of matchRecommendations(q, pkg.recommendations, r.answers, s, r.targets, kind))
      counts.set(m.recommendation.id, (counts.get(m.recommendation.id) ?? 0) + 1);
  }
  return {
    fields: q.fields.map((f, i) => ({
      fieldId: f.id,
      ...distribution(fieldScores[i] ?? []),
      belowTarget: below[i] ?? 0,
    })),
    overall: distribution(overall),
    counts,
  };
}

describe('aggregateRegion agrees with scoreAssessment and matchRecommendations', () => {
  const bavaria = loadBavarianPackage();
  const samples: [string, QuestionnairePackage, number][] = [
    ['fixture', fixture, 600],
    ['bayern-kommunen', bavaria, 400],
  ];
  it.each(samples)('%s, %i generated records', (_name, pkg, count) => {
    const records = generateAssessments(pkg, count, 11);
    const fast = aggregateRegion(pkg, records, {}, Number.POSITIVE_INFINITY);
    const slow = referenceAggregate(pkg, records);
    expect(fast.included).toBe(count);
    expect(fast.fields).toEqual(slow.fields);
    expect(fast.overall).toEqual(slow.overall);
    expect(new Map(fast.topRecommendations.map((r) => [r.recommendationId, r.count]))).toEqual(slow.counts);
    expect(fast.topRecommendations.length).toBeGreaterThan(0);
  });

  it('aggregates 2,056 records of the real questionnaire quickly', () => {
    const records = generateAssessments(bavaria, 2056, 2056);
    const timed = () => {
      const started = performance.now();
      const overview = aggregateRegion(bavaria, records);
      return { overview, ms: performance.now() - started };
    };
    const cold = timed();
    const warm = Array.from({ length: 5 }, () => timed().ms).sort((a, b) => a - b);
    console.info(
      `aggregateRegion, 2056 records: cold ${cold.ms.toFixed(1)} ms, warm median ${warm[2]?.toFixed(1)} ms`,
    );
    expect(cold.overview.included).toBe(2056);
    expect(cold.overview.topRecommendations.length).toBeLessThanOrEqual(10);
    // A loose sanity bound only; the real benchmark runs elsewhere.
    expect(cold.ms).toBeLessThan(1000);
  });
});

describe('regionRanking', () => {
  it('names municipalities best first, equal scores share a rank and sort by name', () => {
    expect(regionRanking(fixture, region).map((m) => [m.rank, m.municipality, m.overall])).toEqual([
      [1, 'Fdorf', 75],
      [2, 'Adorf', 62.5],
      [2, 'Edorf', 62.5],
      [2, 'Markt Bdorf', 62.5],
      [5, 'Landkreis C', 50],
    ]);
  });
  it.each([
    [{ kinds: ['landkreis'] } satisfies RegionFilter, ['Landkreis C']],
    [{ bezirke: ['niederbayern'] } satisfies RegionFilter, []],
    [{ populations: ['3000-4999', 'ab-100000'] } satisfies RegionFilter, ['Markt Bdorf', 'Landkreis C']],
  ])('filter %j', (filter, names) => {
    expect(regionRanking(fixture, region, filter).map((m) => m.municipality)).toEqual(names);
  });
  it('keeps the profile and record id with each entry', () => {
    expect(regionRanking(fixture, region, { kinds: ['markt'] })).toEqual([
      {
        rank: 1,
        recordId: 'r2',
        municipality: 'Markt Bdorf',
        kind: 'markt',
        regierungsbezirk: 'schwaben',
        population: '3000-4999',
        overall: 62.5,
      },
    ]);
  });
});

describe('regionToCsv', () => {
  const overview: RegionOverview = aggregateRegion(fixture, region, {}, 2);

  it('writes the German table with BOM, semicolons, CRLF and decimal commas', () => {
    expect(regionToCsv(fixture, overview, 'de')).toBe(
      '\uFEFF' +
        [
          'Handlungsfeld;Anzahl Kommunen;Median;Q1;Q3;Minimum;Maximum;Unter Soll;Hinweis',
          'Feld A;5;50;25;75;25;75;4;',
          'Feld B;5;75;50;100;50;100;1;',
          'Gesamt;5;62,5;62,5;62,5;50;75;;',
          '',
          'Empfehlung;Anzahl Kommunen',
          'r.a1-low;2',
          'r.a2-low;2',
        ]
          .map((line) => `${line}\r\n`)
          .join(''),
    );
  });

  it('writes English titles and headers', () => {
    const lines = regionToCsv(fixture, overview, 'en').split('\r\n');
    expect(lines[0]).toBe('\uFEFFField;Municipalities;Median;Q1;Q3;Minimum;Maximum;Below target;Note');
    expect(lines[1]).toBe('Feld A (en);5;50;25;75;25;75;4;');
    expect(lines[3]?.startsWith('Overall;')).toBe(true);
    expect(lines[5]).toBe('Recommendation;Municipalities');
    expect(lines[6]).toBe('r.a1-low (en);2');
  });

  it('leaves statistics empty without scores', () => {
    const lines = regionToCsv(fixture, aggregateRegion(fixture, []), 'de').split('\r\n');
    expect(lines[1]).toBe('Feld A;0;;;;;;0;');
  });

  it('follows the overview: a group of fewer than five has its size and the reason, no figures', () => {
    const small = aggregateRegion(fixture, region, { kinds: ['gemeinde'] });
    const reason = 'weniger als 5 Kommunen mit Wert: aus Gründen der Anonymität keine Zahlen';
    expect(regionToCsv(fixture, small, 'de').split('\r\n')).toEqual([
      '\uFEFFHandlungsfeld;Anzahl Kommunen;Median;Q1;Q3;Minimum;Maximum;Unter Soll;Hinweis',
      `Feld A;3;;;;;;;${reason}`,
      `Feld B;3;;;;;;;${reason}`,
      `Gesamt;3;;;;;;;${reason}`,
      '',
      'Empfehlung;Anzahl Kommunen',
      'weniger als 5 Kommunen einbezogen: aus Gründen der Anonymität keine Zahlen',
      '',
    ]);
    expect(regionToCsv(fixture, small, 'en')).toContain(
      'Feld A (en);3;;;;;;;fewer than 5 municipalities with a value: no figures, to keep them anonymous',
    );
  });

  it.each([
    ['Digitale Verwaltung', 'Digitale Verwaltung'],
    ['IT; Sicherheit', '"IT; Sicherheit"'],
    ['Das „Rathaus“ und "Bürger"', '"Das „Rathaus“ und ""Bürger"""'],
    ['Zeile 1\nZeile 2', '"Zeile 1\nZeile 2"'],
    ['Zeile 1\r\nZeile 2', '"Zeile 1\r\nZeile 2"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+49 89', "'+49 89"],
    ['-1', "'-1"],
    ['@SUMME(A1)', "'@SUMME(A1)"],
    ['=1;2', `"'=1;2"`],
    ['E-Mail', 'E-Mail'],
  ])('field title %j → cell %s', (title, cell) => {
    const [a, b] = fixtureQuestionnaire.fields;
    if (!a || !b) throw new Error('fixture changed');
    const pkg: QuestionnairePackage = {
      ...fixture,
      questionnaire: { ...fixtureQuestionnaire, fields: [{ ...a, title: { de: title, en: title } }, b] },
    };
    const csv = regionToCsv(pkg, overview, 'de');
    expect(csv).toContain(`\r\n${cell};5;50;`);
  });
});
