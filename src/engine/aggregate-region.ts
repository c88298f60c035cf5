import { answersWithin, countQuestions, roundScope, sharedQuestionnaire, shortPackage } from './short-check';
import { DONT_KNOW, NOT_APPLICABLE, type Answers, type AssessmentRecord, type Profile } from './assessment';
import type { Condition, MunicipalityKind, Question } from './questionnaire-schema';
import { csvCell } from './csv-export';
import { declarationsOf, subjectWords, type SubjectWords } from './declarations';
import type { QuestionnairePackage } from './questionnaire-package';
import { isQuestionVisible, levelToPoints, visibleQuestions } from './score';

/**
 * Which municipalities to include, by the choices of the profile fields the questionnaire
 * declares (kind, size class, region); a missing or empty list does not restrict.
 */
export interface RegionFilter {
  kinds?: string[];
  populations?: string[];
  bezirke?: string[];
}

/**
 * The smallest group of municipalities for which the overview shows a figure (the ODI Pathway's
 * threshold): a median of three is close to naming each of them.
 */
export const MIN_GROUP_SIZE = 5;

/** True when a group of n municipalities is too small to show a figure for (0 has none anyway). */
export const tooFewToShow = (n: number): boolean => n > 0 && n < MIN_GROUP_SIZE;

/**
 * Spread of scores across municipalities; the statistics are null when n is 0, and in an overview
 * also when n is below MIN_GROUP_SIZE (then `withheld` is true).
 */
export interface Distribution {
  /** Municipalities with a score. */
  n: number;
  /** True when the statistics are left out because fewer than MIN_GROUP_SIZE municipalities have a score. */
  withheld?: boolean;
  median: number | null;
  /** Lower and upper quartile, see `quantile`. */
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
}

/** Distribution of one field's scores, and how many municipalities are below their own target. */
export interface FieldDistribution extends Distribution {
  fieldId: string;
  /** Municipalities whose field score is below their target (own target, else the field's default); null when withheld. */
  belowTarget: number | null;
}

/** How many municipalities a recommendation applies to. */
export interface RecommendationCount {
  recommendationId: string;
  count: number;
}

/** Records left out of an overview, by reason. */
export interface SkippedRecords {
  /** No profile: kind, size and Regierungsbezirk are unknown. */
  noProfile: number;
  /** Answered with another questionnaire. */
  otherQuestionnaire: number;
  /** Answers that cannot be scored (unknown question, level outside 0–4, special answer not offered). */
  invalidAnswers: number;
}

/** The anonymous overview of a region's assessments (one record = one municipality). */
export interface RegionOverview {
  questionnaireId: string;
  /** Municipalities that passed the filter and were aggregated. */
  included: number;
  skipped: SkippedRecords;
  /** Valid records that the filter left out. */
  filteredOut: number;
  fields: FieldDistribution[];
  overall: Distribution;
  /** Most frequent recommendations, most municipalities first, ties in catalogue order; empty when withheld. */
  topRecommendations: RecommendationCount[];
  /** True when fewer than MIN_GROUP_SIZE municipalities are included: no recommendation counts are shown. */
  recommendationsWithheld: boolean;
  /** How many of the included municipalities answered a short check, and how many the full assessment. */
  scopes: { short: number; full: number };
  /**
   * Set when short checks are among the records: every figure rests on the questions all of them
   * asked (`questions` of the questionnaire's `of`), also for the full assessments.
   */
  sharedOnly: { questions: number; of: number } | null;
}

/**
 * The package and records an overview is made from: with short checks among the records, the
 * package cut to the questions they all asked and every record's answers to those alone. A record
 * with answers the questionnaire does not know keeps them, so that it is still counted as invalid.
 */
function onSharedQuestions(pkg: QuestionnairePackage, records: readonly AssessmentRecord[]) {
  const q = pkg.questionnaire;
  const own = records.filter((r) => r.questionnaireId === q.id);
  const { questionnaire: shared, limited } = sharedQuestionnaire(q, own);
  if (!limited) return { pkg, records, sharedOnly: null };
  const known = new Set(q.fields.flatMap((f) => f.questions.map((x) => x.id)));
  return {
    pkg: shortPackage(
      pkg,
      shared.fields.flatMap((f) => f.questions.map((x) => x.id)),
    ),
    records: records.map((r) =>
      Object.keys(r.answers).every((id) => known.has(id))
        ? { ...r, answers: answersWithin(shared, r.answers) }
        : r,
    ),
    sharedOnly: { questions: countQuestions(shared), of: countQuestions(q) },
  };
}

/** A named municipality and its overall score, for the ranking the user has to switch on. */
export interface RankedMunicipality {
  /** 1 for the best; equal scores share a rank (1, 2, 2, 4). */
  rank: number;
  recordId: string;
  municipality: string;
  kind: string | undefined;
  regierungsbezirk: string | undefined;
  population: string | undefined;
  overall: number;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of ascending values, interpolating linearly between the closest
 * ranks: method R-7 of Hyndman & Fan, the same as Excel's QUARTILE.INC and the default of R and
 * NumPy. Null for no values.
 */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo];
  const above = sorted[Math.min(lo + 1, sorted.length - 1)];
  if (below === undefined || above === undefined) return null;
  return below + (h - lo) * (above - below);
}

/** n, median, quartiles, min and max of a list of numbers in any order. */
export function distribution(values: readonly number[]): Distribution {
  const sorted = Float64Array.from(values).sort();
  const list = Array.from(sorted);
  return {
    n: list.length,
    median: quantile(list, 0.5),
    q1: quantile(list, 0.25),
    q3: quantile(list, 0.75),
    min: list[0] ?? null,
    max: list[list.length - 1] ?? null,
  };
}

type AnswerTest = (answers: Answers, fieldScores: readonly (number | null)[]) => boolean;

// The hot loops below run for every record and use only local values: no imported bindings
// (a bundler or test runner may turn those into getter calls) and no per-record lookups of the
// questionnaire. The tests check the results against scoreAssessment and matchRecommendations.
const DK: string = DONT_KNOW;
const NA: string = NOT_APPLICABLE;
const POINTS: readonly number[] = [0, 1, 2, 3, 4].map(levelToPoints);

/** What a municipality of one kind sees, prepared once per aggregation. */
interface KindIndex {
  /** Per field: ids and weights of the visible questions. */
  fields: { ids: string[]; weights: number[] }[];
  /** Per recommendation, in catalogue order: does it apply? */
  matchers: AnswerTest[];
}

/** Lookups built once per aggregation instead of once per record. */
interface RegionIndex {
  pkg: QuestionnairePackage;
  questions: Map<string, { question: Question; fieldIndex: number }>;
  fieldIndex: Map<string, number>;
  /** Target points per field when a record sets none. */
  defaultTargets: number[];
  kinds: Map<MunicipalityKind | undefined, KindIndex>;
}

function buildIndex(pkg: QuestionnairePackage): RegionIndex {
  const questions = new Map<string, { question: Question; fieldIndex: number }>();
  const fieldIndex = new Map<string, number>();
  pkg.questionnaire.fields.forEach((field, i) => {
    fieldIndex.set(field.id, i);
    for (const question of field.questions) questions.set(question.id, { question, fieldIndex: i });
  });
  const defaultTargets = pkg.questionnaire.fields.map((f) => levelToPoints(f.defaultTarget));
  return { pkg, questions, fieldIndex, defaultTargets, kinds: new Map() };
}

/**
 * The same rule as matchRecommendations, reduced to "does it apply": a question condition needs
 * a level on a visible question, a field condition a field score. Visibility is resolved here,
 * once per kind.
 */
function compileCondition(index: RegionIndex, c: Condition, kind: MunicipalityKind | undefined): AnswerTest {
  if ('question' in c) {
    const entry = index.questions.get(c.question);
    if (!entry) throw new Error(`Auslöseregel nennt unbekannte Frage „${c.question}“`);
    if (!isQuestionVisible(entry.question, kind)) return () => false;
    const id = c.question;
    if ('atOrBelow' in c) {
      const limit = c.atOrBelow;
      return (answers) => {
        const level = answers[id];
        return typeof level === 'number' && level <= limit;
      };
    }
    const limit = c.atOrAbove;
    return (answers) => {
      const level = answers[id];
      return typeof level === 'number' && level >= limit;
    };
  }
  const i = index.fieldIndex.get(c.field);
  if (i === undefined) throw new Error(`Auslöseregel nennt unbekanntes Handlungsfeld „${c.field}“`);
  if ('scoreBelow' in c) {
    const limit = c.scoreBelow;
    return (_answers, scores) => {
      const s = scores[i] ?? null;
      return s !== null && s < limit;
    };
  }
  const limit = c.scoreAtLeast;
  return (_answers, scores) => {
    const s = scores[i] ?? null;
    return s !== null && s >= limit;
  };
}

function kindIndex(index: RegionIndex, kind: MunicipalityKind | undefined): KindIndex {
  const known = index.kinds.get(kind);
  if (known) return known;
  const fields = index.pkg.questionnaire.fields.map((field) => {
    const visible = visibleQuestions(field, kind);
    return { ids: visible.map((q) => q.id), weights: visible.map((q) => q.weight) };
  });
  const matchers = index.pkg.recommendations.map((rec): AnswerTest => {
    const tests = rec.trigger.conditions.map((c) => compileCondition(index, c, kind));
    return rec.trigger.match === 'all'
      ? (answers, scores) => tests.every((t) => t(answers, scores))
      : (answers, scores) => tests.some((t) => t(answers, scores));
  });
  const built = { fields, matchers };
  index.kinds.set(kind, built);
  return built;
}

/** The same checks as assertValidAnswers, as a yes/no against the prebuilt index. */
function hasValidAnswers(index: RegionIndex, answers: Answers): boolean {
  for (const id in answers) {
    const entry = index.questions.get(id);
    if (!entry) return false;
    const value: unknown = answers[id];
    if (value === DK) {
      if (!entry.question.allowDontKnow) return false;
    } else if (value === NA) {
      if (!entry.question.allowNotApplicable) return false;
    } else if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 4) return false;
  }
  return true;
}

/** Field scores with the arithmetic of scoreField: weighted mean of the levels in points. */
function scoreFields(kind: KindIndex, answers: Answers): (number | null)[] {
  const scores: (number | null)[] = [];
  for (const { ids, weights } of kind.fields) {
    let weighted = 0;
    let weightSum = 0;
    for (let i = 0; i < ids.length; i++) {
      const a = answers[ids[i] ?? ''];
      if (typeof a !== 'number') continue;
      const w = weights[i] ?? 0;
      weightSum += w;
      weighted += w * (POINTS[a] ?? 0);
    }
    scores.push(weightSum > 0 ? weighted / weightSum : null);
  }
  return scores;
}

const allows = <T>(list: readonly T[] | undefined, value: T) =>
  list === undefined || list.length === 0 || list.includes(value);

/** One scored municipality, as seen by the aggregations. */
interface ScoredRecord {
  record: AssessmentRecord;
  profile: Profile;
  kind: KindIndex;
  fieldScores: (number | null)[];
  overall: number | null;
}

/** Filters and scores the records, counting what was left out and why. */
function scoreRegion(
  index: RegionIndex,
  records: readonly AssessmentRecord[],
  filter: RegionFilter,
  visit: (scored: ScoredRecord) => void,
): { included: number; skipped: SkippedRecords; filteredOut: number } {
  const questionnaireId = index.pkg.questionnaire.id;
  const skipped: SkippedRecords = { noProfile: 0, otherQuestionnaire: 0, invalidAnswers: 0 };
  let included = 0;
  let filteredOut = 0;
  for (const record of records) {
    const { profile } = record;
    if (!profile) {
      skipped.noProfile++;
      continue;
    }
    if (record.questionnaireId !== questionnaireId) {
      skipped.otherQuestionnaire++;
      continue;
    }
    if (!hasValidAnswers(index, record.answers)) {
      skipped.invalidAnswers++;
      continue;
    }
    if (
      !allows(filter.kinds, profile.kind) ||
      !allows(filter.populations, profile.population) ||
      !allows(filter.bezirke, profile.regierungsbezirk)
    ) {
      filteredOut++;
      continue;
    }
    included++;
    const kind = kindIndex(index, profile.kind);
    const fieldScores = scoreFields(kind, record.answers);
    // As in scoreAssessment, the overall score is the plain mean of the field scores.
    let sum = 0;
    let count = 0;
    for (const s of fieldScores)
      if (s !== null) {
        sum += s;
        count++;
      }
    visit({ record, profile, kind, fieldScores, overall: count ? sum / count : null });
  }
  return { included, skipped, filteredOut };
}

/** The statistics of a group, or none when the group is too small to stay anonymous. */
function anonymousDistribution(values: readonly number[]): Distribution {
  if (!tooFewToShow(values.length)) return distribution(values);
  return { n: values.length, withheld: true, median: null, q1: null, q3: null, min: null, max: null };
}

/**
 * Aggregates many municipalities' assessments anonymously: score distributions per field and
 * overall, how many are below target per field and the `top` most frequent recommendations.
 * Records without a profile, of another questionnaire or with unscorable answers are skipped
 * and counted. Each record counts as one municipality. A figure for a group of fewer than
 * MIN_GROUP_SIZE municipalities (after the filter) is withheld: the group's size stays, its
 * statistics, below-target count or recommendation counts do not.
 */
export function aggregateRegion(
  allPkg: QuestionnairePackage,
  allRecords: readonly AssessmentRecord[],
  filter: RegionFilter = {},
  top = 10,
): RegionOverview {
  const { pkg, records, sharedOnly } = onSharedQuestions(allPkg, allRecords);
  const scopes = { short: 0, full: 0 };
  const q = pkg.questionnaire;
  const index = buildIndex(pkg);
  const fieldValues: number[][] = q.fields.map(() => []);
  const belowTarget: number[] = q.fields.map(() => 0);
  const overallValues: number[] = [];
  const recCounts: number[] = pkg.recommendations.map(() => 0);

  const fieldIds = q.fields.map((f) => f.id);
  const counts = scoreRegion(index, records, filter, ({ record, kind, fieldScores, overall }) => {
    if (roundScope(record) === 'short') scopes.short++;
    else scopes.full++;
    if (overall !== null) overallValues.push(overall);
    for (let i = 0; i < fieldScores.length; i++) {
      const s = fieldScores[i] ?? null;
      if (s === null) continue;
      fieldValues[i]?.push(s);
      // The record's own target, else the field's default (as targetLevelFor).
      const own = record.targets[fieldIds[i] ?? ''];
      const target = own === undefined ? (index.defaultTargets[i] ?? 0) : (POINTS[own] ?? 0);
      if (s < target) belowTarget[i] = (belowTarget[i] ?? 0) + 1;
    }
    const { matchers } = kind;
    for (let i = 0; i < matchers.length; i++)
      if (matchers[i]?.(record.answers, fieldScores)) recCounts[i] = (recCounts[i] ?? 0) + 1;
  });

  const topRecommendations = pkg.recommendations
    .map((rec, order) => ({ recommendationId: rec.id, count: recCounts[order] ?? 0, order }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, Math.max(0, top))
    .map(({ order: _order, ...r }) => r);
  const recommendationsWithheld = tooFewToShow(counts.included);

  return {
    questionnaireId: q.id,
    ...counts,
    fields: q.fields.map((field, i) => {
      const stats = anonymousDistribution(fieldValues[i] ?? []);
      return { fieldId: field.id, ...stats, belowTarget: stats.withheld ? null : (belowTarget[i] ?? 0) };
    }),
    overall: anonymousDistribution(overallValues),
    topRecommendations: recommendationsWithheld ? [] : topRecommendations,
    recommendationsWithheld,
    scopes,
    sharedOnly,
  };
}

/**
 * Named municipalities by overall score, best first (ties by name). Only for when the user
 * explicitly switches the ranking on; the overview stays anonymous. Municipalities without an
 * overall score are left out, as are records that aggregateRegion would skip.
 */
export function regionRanking(
  allPkg: QuestionnairePackage,
  allRecords: readonly AssessmentRecord[],
  filter: RegionFilter = {},
): RankedMunicipality[] {
  // Ranked on the same questions as the overview.
  const { pkg, records } = onSharedQuestions(allPkg, allRecords);
  const ranked: Omit<RankedMunicipality, 'rank'>[] = [];
  scoreRegion(buildIndex(pkg), records, filter, ({ record, profile, overall }) => {
    if (overall === null) return;
    ranked.push({
      recordId: record.id,
      municipality: profile.municipality,
      kind: profile.kind,
      regierungsbezirk: profile.regierungsbezirk,
      population: profile.population,
      overall,
    });
  });
  ranked.sort((a, b) => b.overall - a.overall || a.municipality.localeCompare(b.municipality, 'de'));
  let rank = 0;
  return ranked.map((m, i) => {
    if (i === 0 || ranked[i - 1]?.overall !== m.overall) rank = i + 1;
    return { rank, ...m };
  });
}

/** The region CSV's headers and notes, in the words of what the questionnaire assesses. */
function csvHeaders(lang: 'de' | 'en', w: SubjectWords) {
  return lang === 'de'
    ? {
        fields: [
          'Handlungsfeld',
          `Anzahl ${w.headingMany}`,
          'Median',
          'Q1',
          'Q3',
          'Minimum',
          'Maximum',
          'Unter Soll',
          'Hinweis',
        ],
        overall: 'Gesamt',
        recommendations: ['Empfehlung', `Anzahl ${w.headingMany}`],
        withheld: `weniger als ${MIN_GROUP_SIZE} ${w.many} mit Wert: aus Gründen der Anonymität keine Zahlen`,
        recsWithheld: `weniger als ${MIN_GROUP_SIZE} ${w.many} einbezogen: aus Gründen der Anonymität keine Zahlen`,
      }
    : {
        fields: ['Field', w.headingMany, 'Median', 'Q1', 'Q3', 'Minimum', 'Maximum', 'Below target', 'Note'],
        overall: 'Overall',
        recommendations: ['Recommendation', w.headingMany],
        withheld: `fewer than ${MIN_GROUP_SIZE} ${w.many} with a value: no figures, to keep them anonymous`,
        recsWithheld: `fewer than ${MIN_GROUP_SIZE} ${w.many} included: no figures, to keep them anonymous`,
      };
}

/** Points with at most one decimal and a decimal comma, as German spreadsheets expect. */
function csvNumber(value: number | null): string {
  return value === null ? '' : String(Math.round(value * 10) / 10).replace('.', ',');
}

/**
 * The overview as CSV for German spreadsheets: UTF-8 with BOM, semicolons, CRLF, decimal
 * comma. One row per field (plus the overall score), an empty line, then the top
 * recommendations with the number of municipalities.
 */
export function regionToCsv(pkg: QuestionnairePackage, overview: RegionOverview, lang: 'de' | 'en'): string {
  const headers = csvHeaders(lang, subjectWords(declarationsOf(pkg.questionnaire).subject, lang));
  const titles = new Map(pkg.questionnaire.fields.map((f) => [f.id, f.title[lang]]));
  const recTitles = new Map(pkg.recommendations.map((r) => [r.id, r.title[lang]]));
  // The same rule as the overview: a withheld group has its size and the reason, no figures.
  const stats = (d: Distribution) => [String(d.n), ...[d.median, d.q1, d.q3, d.min, d.max].map(csvNumber)];
  const note = (d: Distribution) => (d.withheld ? headers.withheld : '');
  const rows: string[][] = [
    headers.fields,
    ...overview.fields.map((f) => [
      titles.get(f.fieldId) ?? f.fieldId,
      ...stats(f),
      f.belowTarget === null ? '' : String(f.belowTarget),
      note(f),
    ]),
    [headers.overall, ...stats(overview.overall), '', note(overview.overall)],
    [],
    headers.recommendations,
    ...(overview.recommendationsWithheld
      ? [[headers.recsWithheld]]
      : overview.topRecommendations.map((r) => [
          recTitles.get(r.recommendationId) ?? r.recommendationId,
          String(r.count),
        ])),
  ];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
