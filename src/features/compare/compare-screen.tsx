import { use, useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { DONT_KNOW, NOT_APPLICABLE, type AnswerValue, type AssessmentRecord } from '../../engine/assessment';
import { compareRounds, type RoundComparison } from '../../engine/compare-rounds';
import { parseImport } from '../../engine/export-envelope';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import { displayScore } from '../../engine/score';
import { FileDrop, type TextFile } from '../../components/file-drop';
import { PackageGate } from '../../components/package-gate';
import { routeHref } from '../../router/routes';
import { useLanguage } from '../../i18n/use-strings';
import { analysisStrings, type AnalysisStrings } from '../../i18n/strings-analysis';
import type { Language } from '../../engine/language';
import { useAssessmentStore } from '../../store/assessment-store';
import { loadMigrations } from '../../services/questionnaire-migrations';
import type { MigrationList } from '../../engine/questionnaire-migration';
import './compare.css';
import { ScrollBox } from '../../components/scroll-box';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** A round to choose: stored in this browser, or read from a file for this comparison only. */
interface Round {
  key: string;
  record: AssessmentRecord;
  file: string | null;
}

const roundDate = (r: AssessmentRecord) => r.profile?.date ?? r.createdAt.slice(0, 10);
/** Oldest first: by the assessment date, then by when it was created. */
const byAge = (a: Round, b: Round) =>
  roundDate(a.record).localeCompare(roundDate(b.record)) ||
  a.record.createdAt.localeCompare(b.record.createdAt);
const municipalityKey = (r: AssessmentRecord) =>
  `${r.questionnaireId}\u0000${r.profile?.municipality.trim().toLocaleLowerCase('de') ?? ''}`;

/** The two newest rounds of the municipality whose newest round is the most recent. */
function defaultPair(rounds: Round[]): { before: string; after: string } | null {
  const groups = new Map<string, Round[]>();
  for (const r of [...rounds].sort(byAge)) {
    if (!r.record.profile) continue;
    const key = municipalityKey(r.record);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  let best: { before: Round; after: Round } | null = null;
  for (const list of groups.values()) {
    const after = list[list.length - 1];
    const before = list[list.length - 2];
    if (!after || !before) continue;
    if (!best || byAge(best.after, after) < 0) best = { before, after };
  }
  return best && { before: best.before.key, after: best.after.key };
}

/** "Stufe 2 – im Aufbau", "weiß nicht", "nicht zutreffend" or "–". */
function answerText(
  value: AnswerValue | undefined,
  pkg: QuestionnairePackage,
  lang: Language,
  a: AnalysisStrings,
): string {
  if (value === undefined) return a.none;
  if (value === DONT_KNOW) return a.dontKnow;
  if (value === NOT_APPLICABLE) return a.notApplicable;
  return a.level(value, pkg.questionnaire.levelNames[value]?.[lang] ?? '');
}

const points = (score: number | null, a: AnalysisStrings) =>
  score === null ? a.none : String(displayScore(score));
const change = (value: number | null, a: AnalysisStrings) =>
  value === null ? a.none : a.signed(displayScore(value));

function roundLabel(round: Round, a: AnalysisStrings): string {
  const r = round.record;
  const date = a.formatDate(roundDate(r));
  return a.compare.option(
    r.profile?.municipality ?? a.compare.noProfile,
    r.label || a.none,
    round.file ? `${date}, ${a.fromFile}` : date,
  );
}

/** Long field names as several lines, so that the chart does not cut them off. */
function wrapLabel(label: string, width = 26): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface BarData {
  labels: string[];
  before: (number | null)[];
  after: (number | null)[];
  beforeLabel: string;
  afterLabel: string;
}

/** Horizontal bars "vorher/nachher" per field; an image for assistive technology, the table holds the numbers. */
function BeforeAfterChart({ data, description }: { data: BarData; description: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const config: ChartConfiguration<'bar', (number | null)[], string[]> = {
      type: 'bar',
      data: {
        labels: data.labels.map((l) => wrapLabel(l)),
        datasets: [
          { label: data.beforeLabel, data: data.before, backgroundColor: '#6b7480' },
          { label: data.afterLabel, data: data.after, backgroundColor: '#0b4f8a' },
        ],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { min: 0, max: 100, ticks: { stepSize: 25, color: '#333' }, grid: { color: '#c8ced6' } },
          y: { ticks: { color: '#1b1b1b', autoSkip: false }, grid: { display: false } },
        },
        plugins: { legend: { position: 'bottom', labels: { color: '#1b1b1b' } } },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [data]);
  return (
    <div className="compare-chart" style={{ height: `${Math.max(12, data.labels.length * 3.4 + 5)}rem` }}>
      <canvas ref={canvas} role="img" aria-label={description} />
    </div>
  );
}

// The mapping between questionnaire versions, once per questionnaire, for React's `use`.
const migrationLoads = new Map<string, Promise<MigrationList | null>>();
function migrationsFor(id: string): Promise<MigrationList | null> {
  let p = migrationLoads.get(id);
  if (!p) {
    p = loadMigrations(id);
    migrationLoads.set(id, p);
  }
  return p;
}

function ComparisonView({
  pkg,
  older,
  newer,
}: {
  pkg: QuestionnairePackage;
  older: AssessmentRecord;
  newer: AssessmentRecord;
}) {
  const lang = useLanguage();
  const a = analysisStrings[lang];
  const c = a.compare;
  const q = pkg.questionnaire;
  // A round of an older questionnaire version is compared through the version mapping.
  const migrations = use(migrationsFor(q.id));
  const result = useMemo((): { ok: true; value: RoundComparison } | { ok: false; error: string } => {
    try {
      return { ok: true, value: compareRounds(pkg, older, newer, migrations) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }, [pkg, older, newer, migrations]);
  const fieldTitle = (id: string) => q.fields.find((f) => f.id === id)?.title[lang] ?? id;
  const questionTitle = (id: string) =>
    q.fields.flatMap((f) => f.questions).find((x) => x.id === id)?.title[lang] ?? id;

  const comparison = result.ok ? result.value : null;
  const chart = useMemo((): BarData | null => {
    if (!comparison) return null;
    const fields = comparison.fields.filter((f) => f.before !== null || f.after !== null);
    return {
      labels: fields.map((f) => q.fields.find((x) => x.id === f.fieldId)?.title[lang] ?? f.fieldId),
      before: fields.map((f) => (f.before === null ? null : displayScore(f.before))),
      after: fields.map((f) => (f.after === null ? null : displayScore(f.after))),
      beforeLabel: c.before_,
      afterLabel: c.after_,
    };
  }, [comparison, q, lang, c]);

  if (!result.ok)
    return (
      <div className="error-box" role="alert">
        <p>{c.error}</p>
        <p>{result.error}</p>
      </div>
    );
  const { overall, fields, answers, completed } = result.value;
  const chartText = chart
    ? c.chartDescription(
        chart.labels
          .map((label, i) =>
            c.chartPart(
              label,
              chart.before[i] == null ? a.noScore : String(chart.before[i]),
              chart.after[i] == null ? a.noScore : String(chart.after[i]),
            ),
          )
          .join('; '),
      )
    : '';

  return (
    <>
      <section aria-labelledby="compare-overall">
        <h2 id="compare-overall">{c.overallTitle}</h2>
        <dl className="compare-overall" data-testid="compare-overall">
          <div>
            <dt>{c.before_}</dt>
            <dd data-testid="overall-before">{points(overall.before, a)}</dd>
          </div>
          <div>
            <dt>{c.after_}</dt>
            <dd data-testid="overall-after">{points(overall.after, a)}</dd>
          </div>
          <div>
            <dt>{c.change}</dt>
            <dd data-testid="overall-change">{change(overall.change, a)}</dd>
          </div>
        </dl>
        <p className="small-note">{a.outOf}</p>
      </section>

      <section aria-labelledby="compare-fields">
        <h2 id="compare-fields">{c.fieldsTitle}</h2>
        <p>{c.fieldsIntro}</p>
        <div className="compare-layout">
          {chart && chart.labels.length > 0 && (
            <figure className="chart-figure">
              <BeforeAfterChart data={chart} description={chartText} />
              <figcaption>{c.chartTitle}</figcaption>
            </figure>
          )}
          <ScrollBox label={c.fieldsTitle}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{a.field}</th>
                  <th scope="col">{c.before_}</th>
                  <th scope="col">{c.after_}</th>
                  <th scope="col">{c.change}</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((f) => (
                  <tr key={f.fieldId} data-field={f.fieldId}>
                    <th scope="row">{fieldTitle(f.fieldId)}</th>
                    <td>{points(f.before, a)}</td>
                    <td>{points(f.after, a)}</td>
                    <td data-testid={`change-${f.fieldId}`}>{change(f.change, a)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </div>
      </section>

      <section aria-labelledby="compare-answers">
        <h2 id="compare-answers">{c.answersTitle}</h2>
        {answers.length === 0 ? (
          <p>{c.answersNone}</p>
        ) : (
          <>
            <p>{c.answersCount(answers.length)}</p>
            <ScrollBox label={c.answersTitle}>
              <table className="data-table" data-testid="changed-answers">
                <thead>
                  <tr>
                    <th scope="col">{a.field}</th>
                    <th scope="col">{c.question}</th>
                    <th scope="col">{c.before_}</th>
                    <th scope="col">{c.after_}</th>
                  </tr>
                </thead>
                <tbody>
                  {answers.map((x) => (
                    <tr key={x.questionId}>
                      <td>{fieldTitle(x.fieldId)}</td>
                      <th scope="row">
                        {questionTitle(x.questionId)}
                        {comparison?.changedMeaning.includes(x.questionId) && (
                          <span className="small-note"> ({c.changedMeaning})</span>
                        )}
                      </th>
                      <td>{answerText(x.before, pkg, lang, a)}</td>
                      <td>
                        <span aria-hidden="true">→ </span>
                        {answerText(x.after, pkg, lang, a)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </>
        )}
      </section>

      <section aria-labelledby="compare-plan">
        <h2 id="compare-plan">{c.planTitle}</h2>
        {completed.length === 0 ? (
          <p>{c.planNone}</p>
        ) : (
          <ul data-testid="completed-plan">
            {completed.map(({ item, previousStatus }) => (
              <li key={item.id}>
                <strong>{item.title}</strong>
                {item.owner && ` – ${item.owner}`}{' '}
                <span className="small-note">({c.planPrevious(previousStatus)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** Compares two rounds of a municipality: stored ones, or one read from an export file. */
export function CompareScreen() {
  const lang = useLanguage();
  const a = analysisStrings[lang];
  const c = a.compare;
  const uid = useId();
  const stored = useAssessmentStore((s) => s.assessments);
  const [loaded, setLoaded] = useState<Round[]>([]);
  const [fileMessage, setFileMessage] = useState<{ errors: string[]; file: string } | null>(null);
  const [status, setStatus] = useState('');
  const [choice, setChoice] = useState<{ before: string; after: string } | null>(null);

  const rounds = useMemo(
    () =>
      [...Object.values(stored).map((record) => ({ key: record.id, record, file: null })), ...loaded].sort(
        (x, y) =>
          (x.record.profile?.municipality ?? '').localeCompare(y.record.profile?.municipality ?? '', 'de') ||
          byAge(x, y),
      ),
    [stored, loaded],
  );
  const byKey = useMemo(() => new Map(rounds.map((r) => [r.key, r])), [rounds]);
  const fallback = useMemo(() => defaultPair(rounds), [rounds]);

  const before = byKey.get(choice?.before ?? '') ?? byKey.get(fallback?.before ?? '') ?? rounds[0] ?? null;
  const candidates = rounds.filter(
    (r) => before && r.key !== before.key && r.record.questionnaireId === before.record.questionnaireId,
  );
  const sameTown = candidates.filter(
    (r) => before && municipalityKey(r.record) === municipalityKey(before.record),
  );
  const otherTowns = candidates.filter((r) => !sameTown.includes(r));
  const wanted = choice?.after ?? fallback?.after ?? '';
  const after =
    candidates.find((r) => r.key === wanted) ?? [...sameTown].sort(byAge).at(-1) ?? candidates[0] ?? null;

  const onFile = (files: TextFile[], skipped: string[]) => {
    const [file] = files;
    setStatus('');
    if (!file) {
      setFileMessage(
        skipped.length ? { file: skipped.join(', '), errors: [a.tooLarge(skipped.join(', '))] } : null,
      );
      return;
    }
    const result = parseImport(file.text);
    if (!result.ok) {
      setFileMessage({ file: file.name, errors: result.errors });
      return;
    }
    setFileMessage(null);
    const batch = loaded.length;
    const added = result.assessments.map((record, i) => ({
      key: `datei-${batch}-${i}-${record.id}`,
      record,
      file: file.name,
    }));
    setLoaded([...loaded, ...added]);
    setStatus(c.fileLoaded(added.length, file.name));
    // Compare the loaded round with the nearest other round of the same municipality.
    const first = added[0];
    if (first && first.record.profile) {
      const peers = rounds.filter((r) => municipalityKey(r.record) === municipalityKey(first.record));
      const newest = peers.sort(byAge).at(-1);
      if (newest) {
        const [older, newer] = [first, newest].sort(byAge);
        if (older && newer) setChoice({ before: older.key, after: newer.key });
      }
    }
  };

  const fileSection = (
    <section aria-labelledby={`${uid}-file`} className="no-print">
      <h2 id={`${uid}-file`}>{c.fileTitle}</h2>
      <FileDrop label={c.fileLabel} hint={c.fileHint} onFiles={onFile} />
      <p role="status" className="status-line">
        {status}
      </p>
      {fileMessage && (
        <div className="error-box" role="alert">
          <p>{a.fileErrors(fileMessage.file)}</p>
          <ul>
            {fileMessage.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
  const enough = rounds.length >= 2;
  const differentTowns = before && after && municipalityKey(before.record) !== municipalityKey(after.record);
  const reversed = before && after && byAge(before, after) > 0;

  return (
    <div className="compare">
      <h1>{c.title}</h1>
      <p>{c.intro}</p>

      {!fallback && (
        <>
          <div className="note-box" data-testid="compare-empty">
            <p>{c.empty}</p>
            <p>
              {c.emptyFile} <a href={routeHref({ name: 'list' })}>{c.toList}</a>
            </p>
          </div>
          {fileSection}
        </>
      )}

      {enough && before && (
        <section aria-labelledby={`${uid}-choose`}>
          <h2 id={`${uid}-choose`}>{c.choose}</h2>
          <div className="compare-choice">
            <div className="form-row">
              <label htmlFor={`${uid}-before`}>{c.before}</label>
              <select
                id={`${uid}-before`}
                value={before.key}
                onChange={(e) => setChoice({ before: e.target.value, after: after?.key ?? '' })}
              >
                {rounds.map((r) => (
                  <option key={r.key} value={r.key}>
                    {roundLabel(r, a)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-row">
              <label htmlFor={`${uid}-after`}>{c.after}</label>
              <select
                id={`${uid}-after`}
                value={after?.key ?? ''}
                onChange={(e) => setChoice({ before: before.key, after: e.target.value })}
              >
                {sameTown.length > 0 && (
                  <optgroup label={c.sameMunicipality}>
                    {sameTown.map((r) => (
                      <option key={r.key} value={r.key}>
                        {roundLabel(r, a)}
                      </option>
                    ))}
                  </optgroup>
                )}
                {otherTowns.length > 0 && (
                  <optgroup label={c.otherMunicipalities}>
                    {otherTowns.map((r) => (
                      <option key={r.key} value={r.key}>
                        {roundLabel(r, a)}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            </div>
            <button
              type="button"
              className="button"
              disabled={!after}
              onClick={() => after && setChoice({ before: after.key, after: before.key })}
            >
              {c.swap}
            </button>
          </div>
          {differentTowns && (
            <p className="warning-box" role="status">
              {c.differentMunicipalities}
            </p>
          )}
          {reversed && <p className="small-note">{c.afterIsOlder}</p>}
        </section>
      )}

      {before && after && (
        <PackageGate id={before.record.questionnaireId}>
          {(pkg) => <ComparisonView pkg={pkg} older={before.record} newer={after.record} />}
        </PackageGate>
      )}
      {fallback && fileSection}
    </div>
  );
}
