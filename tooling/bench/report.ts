import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname } from 'node:path';
import { CHROME_PATH } from '../chromium.ts';
import { roundSeries } from './answer-cost.ts';
import { LIGHTHOUSE_RUNS, lighthouseValues } from './lighthouse.ts';
import { list, max, median, ms } from './numbers.ts';
import { REGION_METHOD } from './region-load.ts';
import type { Measurements, Row } from './results.ts';
import {
  AGGREGATE_COUNT,
  CPU_SLOWDOWN,
  KIND,
  REPEAT_PAUSE_MS,
  REPORT,
  RUNS,
  START_HEADING,
} from './settings.ts';

// docs/benchmarks.md and the summary on the console: the table, the machine it ran on, the
// method and every single value, so a later run can be compared with this one.

/** What the report says about the run besides the measurements. */
export interface RunInfo {
  /** How the two bare pages were built (buildAll). */
  baselineConfig: string;
  /** A service worker registered (the repeat visit was measurable). */
  swActive: boolean;
  /** Service worker files found in the build. */
  swFiles: string[];
  chromiumVersion: string;
  /** How many answers the engine benchmark's complete assessment has. */
  answerCount: number;
  loadBefore: number;
  durationS: number;
}

const mark = (ok: boolean | null) => (ok === null ? '–' : ok ? '✓' : '✗');
const HEAD = ['Messung', 'App', 'Baseline', 'Ergebnis', 'Ziel', ''];
const cells = (r: Row) => [r.name, r.app, r.baseline, r.value, r.target, mark(r.ok)];

function markdownTable(rows: Row[]): string {
  const fmt = (c: string[]) => `| ${c.join(' | ')} |`;
  return [fmt(HEAD), fmt(HEAD.map(() => '---')), ...rows.map(cells).map(fmt)].join('\n');
}

function consoleTable(rows: Row[]): string {
  const lines = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => max(lines.map((l) => (l[i] ?? '').length)));
  const fmt = (c: string[]) => c.map((x, i) => x.padEnd(widths[i] ?? 0)).join('  ');
  return [fmt(HEAD), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.slice(1).map(fmt)].join('\n');
}

function machineLines(info: RunInfo): string[] {
  const cpu = cpus();
  return [
    `- Datum: ${new Date().toISOString()}`,
    `- CPU: ${cpu[0]?.model.trim() ?? 'unbekannt'}, ${availableParallelism()} Kerne (${cpu.length} logische CPUs)`,
    `- Arbeitsspeicher: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `- System: ${type()} ${release()}`,
    `- Node ${process.version}, Chromium ${info.chromiumVersion} (headless, ${CHROME_PATH})`,
    // Other processes on the machine slow the browser down: the load shows how quiet it was.
    `- Systemlast (loadavg 1 min): ${info.loadBefore.toFixed(1)} zu Beginn, ${(loadavg()[0] ?? NaN).toFixed(1)} am Ende`,
  ];
}

/** The text of docs/benchmarks.md. */
function reportMarkdown(
  m: Measurements,
  rows: Row[],
  breakdown: string[],
  info: RunInfo,
  machine: string[],
): string {
  const { engine, aggregate, typingBase, typingStatic, typing4 } = m;
  const { app: typing1, ref: typingRef } = roundSeries(m.typingRounds);
  const misses = rows.filter((r) => r.ok === false);
  return `# Benchmarks

Geschrieben von \`npm run bench\` (tooling/bench/main.ts) – nicht von Hand ändern, neu messen.

## Maschine

${machine.join('\n')}

## Ergebnis

${markdownTable(rows)}

${misses.length ? `Verfehlt: ${misses.map((r) => r.name).join('; ')}.` : 'Alle messbaren Ziele erreicht.'}

Aufschlüsselung „Erste Frage bedienbar“ der App und der Referenz mit denselben Schritten (Mediane je Abschnitt, CPU ×${CPU_SLOWDOWN}):

${breakdown.join('\n')}

## Methode

- App (\`vite build\` in einen eigenen temporären Ordner) und Baseline (\`tooling/bench/baseline\`: React + survey-core + survey-react-ui mit deutscher
  Sprachdatei und \`survey-core.fontless.min.css\`, eine Rating-Frage) im selben Lauf gebaut; Baseline mit
  ${info.baselineConfig}.
- Referenz mit denselben Schritten (\`tooling/bench/baseline-steps\`, ebenso gebaut): derselbe nackte Stack mit nur
  dem, was die App vor der ersten Frage verlangt (Issue 4: Startbildschirm, dann das Profil vor den Fragen),
  und sonst nichts: Startbildschirm mit Überschrift und Link, Profilformular mit denselben sechs Feldern und
  Optionen (ungesteuerte Felder, keine Prüfung, kein Speichern), danach die erste Frage der App (${KIND}) in
  SurveyJS; SurveyJS wird wie in der App nachgeladen und im Leerlauf des Startbildschirms vorgeladen,
  Animationen sind wie in der App aus. Frage und Texte kommen beim Build aus dem Fragebogen und
  \`src/i18n/strings.ts\` (Vite \`define\`). Sie zeigt, was die Schritte selbst auf diesem Rechner kosten.
- Alle drei von einem kleinen Node-Server auf 127.0.0.1 ausgeliefert (gzip Stufe 6, \`Cache-Control: no-cache\`).
- Headless Chromium, CPU-Drosselung ×${CPU_SLOWDOWN} (CDP \`Emulation.setCPUThrottlingRate\`), jeder Lauf in
  einem frischen Browser-Kontext, App, Baseline und Referenz abwechselnd (jede gleich oft als erste),
  1 Aufwärmlauf je Seite verworfen, Median aus ${RUNS} Läufen.
- Zeiten ab Navigationsstart (\`performance.now()\` im ersten Frame, in dem das Element im DOM steht und
  sichtbar ist; ob es sichtbar ist, fragt die Messung nur in diesem Frame ab, nicht nach jeder Änderung):
  Startbildschirm = h1 „${START_HEADING}“ sichtbar; erste Frage = erstes \`.sd-question input[type=radio]\`
  sichtbar und aktiv, bei der App inklusive der Schritte einer Person ohne Pausen, jeder, sobald die Seite
  das Element zeigt: Klick auf „Neue Bewertung beginnen“, Klick ins Namensfeld und Name tippen, mit Tab zu Art,
  Regierungsbezirk und Einwohnerzahl und jeweils den Anfang der Option tippen, Klick auf „Weiter zu den Fragen“.
  Echte Eingabeereignisse (CDP \`Input\`); gewartet wird auf die Marken in der Seite, Positionen werden mit
  CDP \`Runtime.evaluate\` gelesen, so dass kein Skript von Playwright in der gedrosselten Seite läuft
  (bis 2026-11-29 Playwright-Aktionen, deren Prüfskript in der Seite lief). Baseline = erstes
  \`.sd-rating__item\` sichtbar, ebenso ohne Playwright-Skript in der Seite gewartet.
- Übertragen = Summe von CDP \`Network.loadingFinished.encodedDataLength\` bis die erste Frage bedienbar ist.
  Antworten, die der Service Worker aus seinem Vorrat lieferte (\`response.fromServiceWorker\`, in
  ${m.appRuns.filter((r) => r.swServed > 0).length} von ${m.appRuns.length} Läufen), zählen mit den Bytes, die der Server für die Datei sendet
  (Kopfzeilen und gzip-Inhalt): der Service Worker holt sie in seinem eigenen Thread, den die Seite nicht sieht.
  Offline-Vorrat = dieselbe Rechnung für alle Dateien der Precache-Liste in \`sw.js\`; die App registriert den
  Service Worker erst, wenn der Fragebogen-Chunk geladen ist und die Person Start- und Profilformular
  verlassen hat (spätestens 10 s danach): bis zur ersten Frage lädt er nichts.
- Wiederholter Besuch: gleicher Kontext; die Liste öffnen (die App registriert den Service Worker, sobald
  jemand den Startbildschirm verlässt), warten, bis der Worker aktiviert ist (Zustand \`activated\`, nicht nur
  \`navigator.serviceWorker.ready\`), zurück zum Start, neu laden, und nach ${REPEAT_PAUSE_MS} ms noch einmal neu laden:
  der wiederholte Besuch, wie wenn jemand die App später wieder öffnet. Sofort nach der Aktivierung war das Neuladen
  langsamer, bei der statischen Seite ebenso (Arbeit des Browsers nach dem Aktivieren); der Wert steht
  daneben. Startbildschirm gemessen; Verhältnis zum ersten Besuch desselben Laufs (Mediane). Als Grenze daneben die
  statische Seite mit einem Service Worker, der nur Seite und Stylesheet vorhält und jede Anfrage aus
  diesem Vorrat beantwortet (\`static-sw.js\`, von der Messung registriert, da die Seite kein Skript hat):
  geladen, Worker aktiviert, wie die App sofort und ${REPEAT_PAUSE_MS} ms später neu geladen, abwechselnd mit
  den Läufen der App. Ihr Verhältnis
  zum eigenen ersten Besuch ist, was der Browser allein für einen wiederholten Besuch erreicht.${
    info.swActive
      ? ''
      : ` Im Build wurde kein Service Worker registriert${
          info.swFiles.length ? ` (Dateien gefunden: ${info.swFiles.join(', ')})` : ''
        }: „kein Service Worker“.`
  }
- Statische Seite (Grenze des physisch Möglichen): das \`index.html\` der App mit dem beim Build geschriebenen
  Startbildschirm und ihrem Stylesheet, ohne jedes Skript (tooling/bench/static-page.ts), gleich ausgeliefert
  und gemessen (h1 sichtbar), im Wechsel mit den drei anderen Seiten.
- Seite selbst bis zur ersten Frage = Startbildschirm sichtbar + (Klick → Profilformular) + (Absenden → erste
  Frage), je Lauf summiert: ohne die Schritte der Person.
- Lighthouse ${LIGHTHOUSE_RUNS ? `(npm-Paket \`lighthouse\`, über \`chrome-launcher\` dasselbe Chromium mit denselben Flags und \`--headless=new\`): App und Baseline je ${LIGHTHOUSE_RUNS}-mal mit den mobilen Voreinstellungen (simulierte Drosselung) und mit \`desktopConfig\`, die vier im Wechsel, jeder Lauf in einem frischen Chromium, Median je Kategorie; in Klammern die Prüfungen, die Punkte kosteten` : 'nicht gemessen (BENCH_LIGHTHOUSE_RUNS=0)'}.
- Engine in Node ${process.version} (tsx): \`scoreAssessment\` + \`computeGaps\` + \`matchRecommendations\` für eine
  vollständige Bewertung (${KIND}, ${info.answerCount} Antworten, ${engine.matched} Empfehlungen), Mittel über
  ${engine.iterations} Läufe nach 2000 Aufwärmläufen.${
    aggregate.status === 'missing'
      ? ` Aggregation: ${aggregate.missing.join(', ')} noch nicht vorhanden.`
      : aggregate.status === 'ok'
        ? ` Aggregation: \`generateAssessments(pkg, ${AGGREGATE_COUNT}, 20260101)\` (${aggregate.records} Datensätze), \`aggregateRegion(pkg, records, {})\`, Median aus ${aggregate.runs.length} Läufen nach 3 Aufwärmläufen.`
        : ` Aggregation: ${aggregate.message}.`
  }
- Antwortänderung: ganzer Fragebogen (${m.typingRounds[0]?.app.clicks.length ?? 0} Fragen), eine Option pro Frage per Mausklick
  (CDP-Mausereignis, kein Playwright-Skript in der Seite); Main-Thread-Zeit = Differenz von CDP
  \`Performance.getMetrics\` TaskDuration vor und nach dem Klick, jeweils nach zwei Frames + 120 ms Ruhe.
  CPU-Drosselung aus (×1); zusätzlich ×${CPU_SLOWDOWN} für die ersten ${typing4.clicks.length} Fragen.
  Eigenkosten der Messung ohne Klick: Median ${ms(median(typing1.idle))}, Max ${ms(max(typing1.idle))}.
  Baseline zum Vergleich: dieselbe Messung an ihrer Rating-Frage, ${typingBase.clicks.length} Klicks auf wechselnde Werte
  (SurveyJS allein; Eigenkosten Median ${ms(median(typingBase.idle))}). Referenz: dieselbe Messung in
  \`tooling/bench/baseline-steps\` unter \`#/alle\`: alle Fragen der App (${KIND}) in SurveyJS allein, eine Seite je
  Handlungsfeld mit SurveyJS' eigenem „Weiter“, ohne Animationen, dieselben Klicks in derselben
  Reihenfolge (Eigenkosten Median ${ms(median(typingRef.idle))}). App und Referenz in ${m.typingRounds.length} Runden im Wechsel
  (in jeder Runde beide, abwechselnd zuerst); das Verhältnis ist der Median der Verhältnisse der Runden
  (je Runde Median der App durch Median der Referenz), weil ein einzelner Lauf je Seite mit der Last
  des Rechners schwankt. Was die App darüber hinaus tut: Antwort
  speichern, Feldliste und Fortschritt nachführen. Grenze: dieselben ${typingStatic.clicks.length} Klicks auf den Seiten der App,
  wie der Browser sie nach dem Aufbau jedes Handlungsfelds zeigt, als statisches HTML ohne Skript
  (tooling/bench/static-questions.ts; Eigenkosten Median ${ms(median(typingStatic.idle))}): was der Browser selbst für
  den Klick tut (Eingabeereignisse, Trefferprüfung, Auswahl des Radio-Buttons, Stil, Layout, Zeichnen). Der Rest
  von App und Referenz ist React, SurveyJS und (nur App) das Speichern.
- ${REGION_METHOD}

## Einzelwerte (ms bzw. Bytes)

- App Startbildschirm: ${list(m.appRuns.map((r) => r.start ?? NaN))}
- Statische Seite Startbildschirm: ${list(m.staticRuns)}
- Statische Seite erster Besuch / sofort / später vom Service Worker / gesteuert: ${m.staticRepeats
    .map(
      (r) =>
        `${r.first.toFixed(0)}/${r.atOnce.toFixed(0)}/${r.repeat.toFixed(0)}/${r.controlled ? 'ja' : 'nein'}`,
    )
    .join(', ')}
- App erste Frage: ${list(m.appRuns.map((r) => r.question))}
- Baseline erste Frage: ${list(m.baseRuns.map((r) => r.question))}
- Referenz erste Frage: ${list(m.refRuns.map((r) => r.question))}
- App Bytes: ${list(m.appRuns.map((r) => r.bytes))}
- Baseline Bytes: ${list(m.baseRuns.map((r) => r.bytes))}
${
  m.repeatRuns.length
    ? `- Wiederholter Besuch (erster / sofort / später / vom SW gesteuert): ${m.repeatRuns
        .map(
          (r) =>
            `${r.first.toFixed(0)}/${r.atOnce.toFixed(0)}/${r.repeat.toFixed(0)}/${r.controlled ? 'ja' : 'nein'}`,
        )
        .join(', ')}\n`
    : ''
}${lighthouseValues(m.lighthouse)
    .map((l) => `${l}\n`)
    .join(
      '',
    )}${aggregate.status === 'ok' ? `- Aggregation: ${list(aggregate.runs, 1)}\n` : ''}- Antwortänderung ×1: ${list(typing1.clicks, 1)}
- Antwortänderung Baseline ×1: ${list(typingBase.clicks, 1)}
- Antwortänderung Referenz ×1: ${list(typingRef.clicks, 1)}
- Antwortänderung ×1 je Runde (Median App / Referenz, ms): ${m.typingRounds
    .map((r) => `${median(r.app.clicks).toFixed(1)}/${median(r.ref.clicks).toFixed(1)}`)
    .join(', ')}
- Antwortänderung statische Seiten (Grenze) ×1: ${list(typingStatic.clicks, 1)}
- Antwortänderung ×${CPU_SLOWDOWN}: ${list(typing4.clicks, 1)}
- Regionale Übersicht (ms / längste Bildlücke): ${m.region.map((r) => `${r.ms.toFixed(0)}/${r.maxFrameGap.toFixed(0)}`).join(', ')}

Gesamtdauer des Laufs: ${info.durationS.toFixed(0)} s.
`;
}

/** Writes docs/benchmarks.md and prints the table, the breakdown and the missed targets. */
export function writeReport(m: Measurements, rows: Row[], breakdown: string[], info: RunInfo) {
  // Once, so the file and the console show the same date and load.
  const machine = machineLines(info);
  mkdirSync(dirname(REPORT), { recursive: true });
  writeFileSync(REPORT, reportMarkdown(m, rows, breakdown, info, machine));

  console.log('');
  console.log(machine.join('\n'));
  console.log('');
  console.log(consoleTable(rows));
  console.log('');
  console.log(`Aufschlüsselung „Erste Frage bedienbar“, App; Referenz (Mediane, CPU ×${CPU_SLOWDOWN}):`);
  console.log(breakdown.join('\n'));
  console.log('');
  const misses = rows.filter((r) => r.ok === false);
  if (misses.length) {
    console.log(`✗ ${misses.length} Ziel(e) verfehlt:`);
    for (const r of misses) console.log(`  ✗ ${r.name}: ${r.app} → ${r.value}, Ziel ${r.target}`);
  } else console.log('✓ Alle messbaren Ziele erreicht.');
  for (const r of rows.filter((x) => x.ok === null && x.target !== '–'))
    console.log(`  – ${r.name}: ${r.value}`);
  console.log(`\nGeschrieben: ${REPORT} (${info.durationS.toFixed(0)} s)`);
}
