import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnswerValue } from '../../src/engine/assessment.ts';
import type { MunicipalityKind, Question } from '../../src/engine/questionnaire-schema.ts';
import { de } from '../../src/i18n/strings.ts';

// What the benchmark measures and where it finds things: one place for every module of it.

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The bare React + SurveyJS page the app is compared with. */
export const BASELINE_ROOT = join(ROOT, 'tooling/bench/baseline');
/** The same bare stack with only the steps the app asks for before the first question. */
export const STEPS_ROOT = join(ROOT, 'tooling/bench/baseline-steps');
export const REPORT = join(ROOT, 'docs/benchmarks.md');
// 9: the three pages take turns, so each is first, second and third equally often (3 times each).
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 9));
export const CPU_SLOWDOWN = 4;
export const KIND: MunicipalityKind = 'gemeinde';
export const START_HEADING = de.start.title;
export const AGGREGATE_COUNT = 2056;
// Answer clicks (issue 21): at CPU ×1 the app's median against SurveyJS alone on the same
// questions; at CPU ×4 every click within the web's "good" interaction time, over enough clicks.
export const TYPING_REF_LIMIT = 0.8;
// App and reference at CPU ×1 in this many rounds, in turn (a round takes about a minute): a single
// round gave ratios from 0.75 to 1.05 on the same code (26 rounds, 2026-12-07; median 0.84), and
// the median of 3 rounds from 0.80 to 0.94 across bench runs. Nine leave far less of the verdict to
// chance (the ratio's spread falls roughly with the square root of the rounds).
export const TYPING_ROUNDS = Math.max(1, Number(process.env.BENCH_TYPING_ROUNDS ?? 9));
export const TYPING_SLOW_CLICKS = 33;
export const TYPING_SLOW_MAX = 200;
export const TYPING_SLOW_MEDIAN = 100;
// The repeat visit is measured a while after the service worker has activated, as a person opens
// the app again later: reloaded at once, the app and the static page alike were slower
// (2026-12-07, CPU ×4: app 165 ms at once, 126 ms after 0.3 s, 146 ms after 1.5 s; the static
// page with a minimal worker 224, 150 and 140 ms). At once is reported beside it.
export const REPEAT_PAUSE_MS = 1000;
// The regional overview of AGGREGATE_COUNT files in the browser (region-load.ts), CPU ×1.
export const REGION_RUNS = 5;
export const REGION_MAX_MS = 2000;
export const REGION_MAX_FRAME_GAP = 100;

/** The answer the n-th question gets, in the browser and in the engine benchmark alike. */
export const levelFor = (q: Question, n: number): AnswerValue =>
  n % 7 === 6 && q.allowDontKnow ? 'dontKnow' : ((n % 5) as 0 | 1 | 2 | 3 | 4);

/** Prints a progress line of the benchmark. */
export const log = (msg: string) => console.log(`[bench] ${msg}`);
