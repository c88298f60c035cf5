import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireDir } from '../../tooling/questionnaire-files.ts';
import { AssessmentRecord } from './assessment';
import { generateAssessments, mulberry32 } from './generate-assessments';
import type { QuestionnairePackage } from './questionnaire-package';
import { assertValidAnswers, isQuestionVisible } from './score';
import { fixtureQuestionnaire, fixtureRecommendations } from './test-fixtures';

const fixture: QuestionnairePackage = {
  questionnaire: fixtureQuestionnaire,
  recommendations: fixtureRecommendations,
  sources: [],
};

function loadBavaria(): QuestionnairePackage {
  const result = loadQuestionnaireDir(
    fileURLToPath(new URL('../../questionnaires/bayern-kommunen', import.meta.url)),
  );
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}
const bavaria = loadBavaria();

describe('mulberry32', () => {
  it.each([1, 42, 2056])('seed %i repeats its sequence and stays in [0, 1)', (seed) => {
    const a = mulberry32(seed);
    const b = mulberry32(seed);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
  it('gives other numbers for another seed', () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe('generateAssessments', () => {
  const packages: [string, QuestionnairePackage, number][] = [
    ['fixture', fixture, 300],
    ['bayern-kommunen', bavaria, 300],
  ];

  it.each(packages)('%s: records validate and answer every visible question', (_name, pkg, count) => {
    const records = generateAssessments(pkg, count, 7);
    expect(records).toHaveLength(count);
    for (const r of records) {
      expect(AssessmentRecord.parse(r)).toEqual(r);
      expect(() => assertValidAnswers(pkg.questionnaire, r.answers)).not.toThrow();
      const kind = r.profile?.kind;
      const visible = pkg.questionnaire.fields
        .flatMap((f) => f.questions)
        .filter((q) => isQuestionVisible(q, kind))
        .map((q) => q.id);
      expect(Object.keys(r.answers).sort()).toEqual([...visible].sort());
      expect(r.plan).toEqual([]);
      expect(r.questionnaireId).toBe(pkg.questionnaire.id);
    }
    expect(new Set(records.map((r) => r.id)).size).toBe(count);
  });

  it.each(packages)('%s: the same seed gives the same records, another seed others', (_name, pkg) => {
    expect(generateAssessments(pkg, 20, 3)).toEqual(generateAssessments(pkg, 20, 3));
    expect(generateAssessments(pkg, 20, 4)).not.toEqual(generateAssessments(pkg, 20, 3));
  });

  it('names municipalities by kind and a four-digit number', () => {
    const names = generateAssessments(bavaria, 12, 1).map((r) => r.profile?.municipality);
    expect(names[0]).toMatch(/^[A-ZÄÖÜ][\p{L} ]+ 0001$/u);
    expect(names[11]).toMatch(/ 0012$/);
    expect(generateAssessments(fixture, 10000, 1)[9999]?.profile?.municipality).toMatch(/ 10000$/);
  });

  it('produces plausible shares of answers and profiles', () => {
    const records = generateAssessments(bavaria, 2056, 2056);
    const values = records.flatMap((r) => Object.values(r.answers));
    const share = (v: unknown) => values.filter((x) => x === v).length / values.length;
    expect(share('dontKnow')).toBeGreaterThan(0.03);
    expect(share('dontKnow')).toBeLessThan(0.07);
    for (const level of [0, 1, 2, 3, 4]) expect(share(level)).toBeGreaterThan(0.05);
    const kinds = new Set(records.map((r) => r.profile?.kind));
    expect(kinds.size).toBe(7);
    expect(new Set(records.map((r) => r.profile?.regierungsbezirk)).size).toBe(7);
    const withTargets = records.filter((r) => Object.keys(r.targets).length > 0).length;
    expect(withTargets / records.length).toBeGreaterThan(0.3);
  });

  it('offers "nicht zutreffend" only where allowed, about 3 % of those answers', () => {
    const records = generateAssessments(fixture, 4000, 9);
    const b1 = records.map((r) => r.answers['b.1']);
    const share = b1.filter((v) => v === 'notApplicable').length / b1.length;
    expect(share).toBeGreaterThan(0.015);
    expect(share).toBeLessThan(0.045);
    expect(records.some((r) => r.answers['a.1'] === 'notApplicable')).toBe(false);
    expect(records.some((r) => r.answers['b.lk'] === 'dontKnow')).toBe(false);
  });

  it.each([-1, 1.5, Number.NaN])('rejects the count %f', (count) => {
    expect(() => generateAssessments(fixture, count, 1)).toThrow(/ganze Zahl/);
  });

  it('gives nothing for a count of 0', () => expect(generateAssessments(fixture, 0, 1)).toEqual([]));
});
