import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Answers } from '../../src/engine/assessment.ts';
import { computeGaps } from '../../src/engine/gaps.ts';
import type { QuestionnairePackage } from '../../src/engine/questionnaire-package.ts';
import { matchRecommendations } from '../../src/engine/recommend.ts';
import { scoreAssessment, visibleQuestions } from '../../src/engine/score.ts';
import { median } from './numbers.ts';
import { AGGREGATE_COUNT, KIND, levelFor, ROOT } from './settings.ts';

// The engine in Node: one assessment scored with its recommendations, and a region aggregated.

/** Answers to every question the kind of municipality sees (levelFor). */
export function completeAnswers(pkg: QuestionnairePackage): Answers {
  const answers: Answers = {};
  let n = 0;
  for (const f of pkg.questionnaire.fields)
    for (const q of visibleQuestions(f, KIND)) answers[q.id] = levelFor(q, n++);
  return answers;
}

/** Mean time of one complete assessment and the recommendations it matched. */
export interface EngineResult {
  meanMs: number;
  iterations: number;
  matched: number;
}

/** Mean ms to score, compute gaps and match recommendations for one complete assessment. */
export function engineBench(pkg: QuestionnairePackage): EngineResult {
  const q = pkg.questionnaire;
  const answers = completeAnswers(pkg);
  let sink = 0;
  const once = () => {
    const score = scoreAssessment(q, answers, KIND);
    const gaps = computeGaps(q, score, {});
    const matched = matchRecommendations(q, pkg.recommendations, answers, score, {}, KIND);
    sink += gaps.length + matched.length;
    return matched.length;
  };
  for (let i = 0; i < 2000; i++) once();
  let iterations = 0;
  const t0 = performance.now();
  while (iterations < 5000 || performance.now() - t0 < 1000) {
    once();
    iterations++;
  }
  const elapsed = performance.now() - t0;
  if (sink < 0) console.log(sink);
  return { meanMs: elapsed / iterations, iterations, matched: once() };
}

/** The aggregation's timing, or why there is none. */
export type AggregateResult =
  | { status: 'missing'; missing: string[] }
  | { status: 'error'; message: string }
  | { status: 'ok'; medianMs: number; coldMs: number; runs: number[]; records: number };

type AnyFunction = (...args: unknown[]) => unknown;

/** Aggregates 2,056 generated assessments, if the aggregation and generator exist yet. */
export async function aggregateBench(pkg: QuestionnairePackage): Promise<AggregateResult> {
  const files = ['src/engine/aggregate-region.ts', 'tests/fixtures/generate-assessments.ts'];
  const missing = files.filter((f) => !existsSync(join(ROOT, f)));
  if (missing.length) return { status: 'missing', missing };
  try {
    const [aggregate, generate] = (await Promise.all(
      files.map((f) => import(pathToFileURL(join(ROOT, f)).href)),
    )) as [{ aggregateRegion?: AnyFunction }, { generateAssessments?: AnyFunction }];
    const { aggregateRegion } = aggregate;
    const { generateAssessments } = generate;
    if (typeof aggregateRegion !== 'function' || typeof generateAssessments !== 'function')
      return { status: 'error', message: 'aggregateRegion oder generateAssessments wird nicht exportiert' };
    const records = await generateAssessments(pkg, AGGREGATE_COUNT, 20260101);
    if (!Array.isArray(records)) return { status: 'error', message: 'generateAssessments gibt kein Array' };
    const filter = {};
    const time = () => {
      const t0 = performance.now();
      aggregateRegion(pkg, records, filter);
      return performance.now() - t0;
    };
    const coldMs = time();
    for (let i = 0; i < 3; i++) time();
    const runs = Array.from({ length: 15 }, time);
    return { status: 'ok', medianMs: median(runs), coldMs, runs, records: records.length };
  } catch (e) {
    return { status: 'error', message: (e as Error).message };
  }
}
