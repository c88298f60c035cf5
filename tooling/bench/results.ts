import { roundSeries, roundsRatio, type TypingResult, type TypingRounds } from './answer-cost.ts';
import type { AggregateResult, EngineResult } from './engine.ts';
import { lighthouseRows, type LighthouseResult } from './lighthouse.ts';
import { kb, max, median, ms, ratio } from './numbers.ts';
import type { LoadRun, RepeatRun } from './page-loads.ts';
import { regionRow, type RegionLoadRun } from './region-load.ts';
import type { StaticRepeat } from './static-page.ts';
import {
  AGGREGATE_COUNT,
  CPU_SLOWDOWN,
  TYPING_REF_LIMIT,
  TYPING_SLOW_CLICKS,
  TYPING_SLOW_MAX,
  TYPING_SLOW_MEDIAN,
} from './settings.ts';

// From the single measurements to the table's rows (with their targets) and the breakdown of
// the way to the first question.

/** Everything one benchmark run measured. */
export interface Measurements {
  appRuns: LoadRun[];
  baseRuns: LoadRun[];
  refRuns: LoadRun[];
  repeatRuns: RepeatRun[];
  /** The static page (static-page.ts): start screen visible, ms since navigation start. */
  staticRuns: number[];
  /** The static page and its repeat visit from a minimal service worker (static-page.ts), next to each of the app's. */
  staticRepeats: StaticRepeat[];
  /** null when left out (BENCH_LIGHTHOUSE_RUNS=0). */
  lighthouse: LighthouseResult | null;
  engine: EngineResult;
  aggregate: AggregateResult;
  /** The service worker's precache list: how many files, and what the server sends for them. */
  precache: { files: number; bytes: number };
  typingBase: TypingResult;
  /** App and reference at CPU ×1 round by round, measured in turn. */
  typingRounds: TypingRounds;
  /** The same clicks on the app's field pages as static HTML (static-questions.ts): the browser's own part. */
  typingStatic: TypingResult;
  typing4: TypingResult;
  /** The regional overview of AGGREGATE_COUNT export files in the browser, CPU ×1. */
  region: RegionLoadRun[];
}

/** One line of the result table. */
export interface Row {
  name: string;
  app: string;
  baseline: string;
  value: string;
  target: string;
  /** true ✓, false ✗, null: not measurable or informative only. */
  ok: boolean | null;
}

/** A row whose target is a ratio of at most `limit` to `of`. */
const atMost = (name: string, app: string, baseline: string, x: number, limit: number, of: string): Row => ({
  name,
  app,
  baseline,
  value: ratio(x),
  target: `≤ ${limit.toFixed(2)} × ${of}`,
  ok: x <= limit,
});

/**
 * What the page itself takes on the way to the first question, per run: start screen visible,
 * click to profile form, submit to first question. The person's steps in between also wait for
 * the page's main thread (busy with the background loading), so they are not only harness time.
 */
function pageOwnTime(runs: LoadRun[]): number {
  return median(
    runs.map((r) =>
      r.steps && r.start !== null
        ? r.start + (r.steps.profile - r.steps.click) + (r.question - r.steps.submit)
        : NaN,
    ),
  );
}

/** The result table: each measurement with its target. */
export function resultRows(m: Measurements): Row[] {
  const { engine, aggregate, typingBase, typingStatic, typing4 } = m;
  const { app: typing1, ref: typingRef } = roundSeries(m.typingRounds);
  const vsRef = roundsRatio(m.typingRounds);
  const appStart = median(m.appRuns.map((r) => r.start ?? NaN));
  const staticStart = median(m.staticRuns);
  const staticFirst = median(m.staticRepeats.map((r) => r.first));
  const staticRepeat = median(m.staticRepeats.map((r) => r.repeat));
  const appOwn = pageOwnTime(m.appRuns);
  const appQuestion = median(m.appRuns.map((r) => r.question));
  const baseQuestion = median(m.baseRuns.map((r) => r.question));
  const refQuestion = median(m.refRuns.map((r) => r.question));
  const appBytes = median(m.appRuns.map((r) => r.bytes));
  const baseBytes = median(m.baseRuns.map((r) => r.bytes));
  const repeatName = 'Wiederholter Besuch (SW-Cache), Startbildschirm';
  const first = median(m.repeatRuns.map((r) => r.first));
  const repeat = median(m.repeatRuns.map((r) => r.repeat));
  const atOnce = median(m.repeatRuns.map((r) => r.atOnce));
  const aggregated = aggregate.status === 'ok' ? aggregate : null;
  const notAggregated = aggregate.status === 'missing' ? 'noch nicht vorhanden' : 'nicht messbar';
  const clicks = (t: TypingResult) => `Median ${ms(median(t.clicks))}, Max ${ms(max(t.clicks))}`;
  return [
    atMost(
      'Startbildschirm sichtbar',
      ms(appStart),
      `${ms(staticStart)} (statische Seite)`,
      appStart / staticStart,
      1.2,
      'statische Seite (dasselbe HTML und CSS ohne Skript)',
    ),
    atMost(
      'Seite selbst bis zur ersten Frage (ohne die Schritte der Person)',
      ms(appOwn),
      `${ms(baseQuestion)} (erste Frage)`,
      appOwn / baseQuestion,
      0.7,
      'Baseline erste Frage',
    ),
    {
      name: 'Erste Frage bedienbar (App inkl. Klicks, informativ)',
      app: ms(appQuestion),
      baseline: ms(baseQuestion),
      value: `${ratio(appQuestion / baseQuestion)} Baseline`,
      target: '–',
      ok: null,
    },
    {
      name: 'Referenz: nackter Stack mit denselben Schritten, erste Frage (informativ)',
      app: `${ms(refQuestion)} (ohne App)`,
      baseline: ms(baseQuestion),
      value: `${ratio(refQuestion / baseQuestion)} Baseline; App ${ratio(appQuestion / refQuestion)} Referenz`,
      target: '–',
      ok: null,
    },
    atMost('Übertragen bis erste Frage', kb(appBytes), kb(baseBytes), appBytes / baseBytes, 1.15, 'Baseline'),
    m.repeatRuns.length
      ? atMost(
          repeatName,
          `${ms(repeat)} (erster Besuch ${ms(first)}; sofort nach der Aktivierung des Service Workers ${ms(atOnce)} = ${ratio(atOnce / first)})`,
          // The limit: the static page's repeat visit from a minimal service worker, against its
          // own first visit in the same runs (the ratio the browser alone reaches).
          `Grenze: statische Seite vom Service Worker ${ms(staticRepeat)} (erster Besuch ${ms(staticFirst)}) = ${ratio(staticRepeat / staticFirst)}; App ${ratio(repeat / staticRepeat)} davon`,
          repeat / first,
          0.5,
          'erster Besuch',
        )
      : {
          name: repeatName,
          app: 'kein Service Worker',
          baseline: '–',
          value: 'kein Service Worker',
          target: '≤ 0.50 × erster Besuch',
          ok: null,
        },
    ...lighthouseRows(m.lighthouse),
    {
      name: 'Engine: 1 Bewertung bewerten + Empfehlungen',
      app: ms(engine.meanMs),
      baseline: '–',
      value: `Mittel aus ${engine.iterations} Läufen`,
      target: '< 1 ms',
      ok: engine.meanMs < 1,
    },
    {
      name: `Engine: ${AGGREGATE_COUNT.toLocaleString('de-DE')} Bewertungen aggregieren`,
      app: aggregated
        ? ms(aggregated.medianMs)
        : aggregate.status === 'error'
          ? `Fehler: ${aggregate.message}`
          : notAggregated,
      baseline: '–',
      value: aggregated
        ? `Median aus ${aggregated.runs.length} (kalt ${ms(aggregated.coldMs)})`
        : notAggregated,
      target: '< 200 ms',
      ok: aggregated ? aggregated.medianMs < 200 : null,
    },
    {
      name: 'Offline-Vorrat des Service Workers (informativ)',
      app: kb(m.precache.bytes),
      baseline: '–',
      value: `${m.precache.files} Dateien, einmalig, im Hintergrund`,
      target: '–',
      ok: null,
    },
    {
      name: 'Antwortänderung Main-Thread, CPU ×1, Median',
      app: clicks(typing1),
      baseline: `Referenz, dieselben Fragen und Klicks in SurveyJS allein: ${clicks(typingRef)}; Baseline (Rating-Frage): ${clicks(typingBase)}; Grenze, dieselben Seiten statisch ohne Skript: ${clicks(typingStatic)}`,
      value: `${typing1.clicks.length} Klicks in ${m.typingRounds.length} Runden; ${ratio(vsRef.ratio)} Referenz (je Runde: ${vsRef.each.map((r) => r.toFixed(2)).join(', ')}; ${ratio(median(typing1.clicks) / median(typingBase.clicks))} Baseline, ${ratio(median(typing1.clicks) / median(typingStatic.clicks))} Grenze); über der Grenze: App ${ms(median(typing1.clicks) - median(typingStatic.clicks))}, Referenz ${ms(median(typingRef.clicks) - median(typingStatic.clicks))}`,
      target: `≤ ${TYPING_REF_LIMIT.toFixed(2)} × Referenz`,
      ok: vsRef.ratio <= TYPING_REF_LIMIT,
    },
    {
      name: `Antwortänderung Main-Thread, CPU ×${CPU_SLOWDOWN}, jeder Klick und Median`,
      app: clicks(typing4),
      baseline: '–',
      value: `${typing4.clicks.length} Klicks`,
      target: `jeder ≤ ${TYPING_SLOW_MAX} ms, Median ≤ ${TYPING_SLOW_MEDIAN} ms, ≥ ${TYPING_SLOW_CLICKS} Klicks`,
      ok:
        typing4.clicks.length >= TYPING_SLOW_CLICKS &&
        max(typing4.clicks) <= TYPING_SLOW_MAX &&
        median(typing4.clicks) <= TYPING_SLOW_MEDIAN,
    },
    regionRow(m.region),
  ];
}

/**
 * The way to the first question section by section, for the app and for the reference with the
 * same steps (tooling/bench/baseline-steps): medians of each section over the runs.
 */
export function firstQuestionBreakdown({ appRuns, refRuns, baseRuns }: Measurements): string[] {
  const baseQuestion = median(baseRuns.map((r) => r.question));
  const step = (f: (x: NonNullable<LoadRun['steps']>, r: LoadRun) => number) =>
    [appRuns, refRuns]
      .map((runs) => ms(median(runs.map((r) => (r.steps ? f(r.steps, r) : NaN)))))
      .join('; Referenz ');
  const appOwn = pageOwnTime(appRuns);
  const refOwn = pageOwnTime(refRuns);
  return [
    `- Startbildschirm sichtbar: ${step((_, r) => r.start ?? NaN)}`,
    `- bis zum Klick auf „Neue Bewertung beginnen“ (Person, klickt, sobald der Startbildschirm steht): ${step((x, r) => x.click - (r.start ?? NaN))}`,
    `- Klick → Profilformular sichtbar (Seite): ${step((x) => x.profile - x.click)}`,
    `- Profil ausfüllen und absenden (Person, Maus und Tastatur ohne Pausen): ${step((x) => x.submit - x.profile)}`,
    `- Absenden → erste Frage bedienbar (Seite): ${step((x, r) => r.question - x.submit)}`,
    `- Erste Frage bedienbar: ${step((_, r) => r.question)}; Baseline ${ms(baseQuestion)}`,
    `- Die drei Abschnitte der Seite zusammen (ohne die Schritte der Person, je Lauf summiert): ${ms(appOwn)} = ${ratio(
      appOwn / baseQuestion,
    )} Baseline; Referenz ${ms(refOwn)} = ${ratio(refOwn / baseQuestion)} Baseline`,
  ];
}
