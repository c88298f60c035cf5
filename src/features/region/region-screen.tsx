import { useEffect, useId, useMemo, useRef, useState } from 'react';
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
import { POPULATION_CLASSES, REGIERUNGSBEZIRKE, type AssessmentRecord } from '../../engine/assessment';
import {
  aggregateRegion,
  MIN_GROUP_SIZE,
  regionRanking,
  regionToCsv,
  type Distribution,
  type RegionFilter,
} from '../../engine/aggregate-region';
import { parseImport } from '../../engine/export-envelope';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import { MUNICIPALITY_KINDS } from '../../engine/questionnaire-schema';
import { displayScore } from '../../engine/score';
import { FileDrop, type TextFile } from '../../components/file-drop';
import { PackageGate } from '../../components/package-gate';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { analysisStrings } from '../../i18n/strings-analysis';
import { useAssessmentStore } from '../../store/assessment-store';
import { DEFAULT_QUESTIONNAIRE_ID } from '../../services/questionnaire-catalog';
import './region.css';
import { ScrollBox } from '../../components/scroll-box';
import { today } from '../../engine/dates';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Files parsed between two pauses, so the page keeps responding while thousands are read. */
const CHUNK = 100;
/** Files whose errors are listed; the rest are only counted. */
const MAX_ERROR_FILES = 50;
/** Rows of the ranking shown at first and added per click. */
const RANKING_PAGE = 25;

/** What was read from the chosen files, merged over several imports. */
interface Imported {
  files: number;
  /** One record per id: each municipality counts once. */
  records: Map<string, AssessmentRecord>;
  duplicates: number;
  errors: { file: string; errors: string[] }[];
}

const EMPTY: Imported = { files: 0, records: new Map(), duplicates: 0, errors: [] };
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const pointsText = (value: number | null) => (value === null ? '–' : String(displayScore(value)));

interface BoxRow {
  label: string;
  stats: Distribution;
}

/**
 * A box-plot-like chart: per field a thin bar from minimum to maximum, a wide bar for the middle
 * half (Q1–Q3) and a dark mark at the median. An image for assistive technology; the table holds
 * the numbers.
 */
function DistributionChart({ rows, description }: { rows: BoxRow[]; description: string }) {
  const a = analysisStrings[useLanguage()].region;
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const range = (lo: number | null, hi: number | null): [number, number] | null =>
      lo === null || hi === null ? null : [lo, Math.max(hi, lo + 0.5)];
    const config: ChartConfiguration<'bar', ([number, number] | null)[], string> = {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [
          {
            label: a.chartMedian,
            data: rows.map((r) =>
              r.stats.median === null ? null : [r.stats.median - 0.7, r.stats.median + 0.7],
            ),
            backgroundColor: '#1b1b1b',
            grouped: false,
            barPercentage: 0.8,
            order: 1,
          },
          {
            label: a.chartMiddle,
            data: rows.map((r) => range(r.stats.q1, r.stats.q3)),
            backgroundColor: 'rgba(11, 79, 138, 0.3)',
            borderColor: '#0b4f8a',
            borderWidth: 2,
            borderSkipped: false,
            grouped: false,
            barPercentage: 0.6,
            order: 2,
          },
          {
            label: a.chartRange,
            data: rows.map((r) => range(r.stats.min, r.stats.max)),
            backgroundColor: '#6b7480',
            grouped: false,
            barPercentage: 0.12,
            order: 3,
          },
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
        plugins: {
          legend: { position: 'bottom', labels: { color: '#1b1b1b' } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const s = rows[item.dataIndex]?.stats;
                if (!s) return '';
                if (item.datasetIndex === 0) return `${a.median}: ${pointsText(s.median)}`;
                if (item.datasetIndex === 1)
                  return `${a.q1}–${a.q3}: ${pointsText(s.q1)}–${pointsText(s.q3)}`;
                return `${a.min}–${a.max}: ${pointsText(s.min)}–${pointsText(s.max)}`;
              },
            },
          },
        },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [rows, a]);
  return (
    <div className="region-chart" style={{ height: `${Math.max(12, rows.length * 2.2 + 5)}rem` }}>
      <canvas ref={canvas} role="img" aria-label={description} />
    </div>
  );
}

/** A group of checkboxes in a fieldset; nothing ticked means "all". */
function CheckboxGroup<T extends string>({
  legend,
  options,
  labels,
  chosen,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  labels: Record<T, string>;
  chosen: T[];
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className="region-filter">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o} className="checkbox-row">
          <input
            type="checkbox"
            checked={chosen.includes(o)}
            onChange={(e) => onChange(e.target.checked ? [...chosen, o] : chosen.filter((x) => x !== o))}
          />
          {labels[o]}
        </label>
      ))}
    </fieldset>
  );
}

function RegionView({ pkg, records }: { pkg: QuestionnairePackage; records: AssessmentRecord[] }) {
  const lang = useLanguage();
  const s = useStrings();
  const all = analysisStrings[lang];
  const a = all.region;
  const uid = useId();
  const q = pkg.questionnaire;
  const [kinds, setKinds] = useState<NonNullable<RegionFilter['kinds']>>([]);
  const [populations, setPopulations] = useState<NonNullable<RegionFilter['populations']>>([]);
  const [bezirke, setBezirke] = useState<NonNullable<RegionFilter['bezirke']>>([]);
  const [showRanking, setShowRanking] = useState(false);
  const [rankingRows, setRankingRows] = useState(RANKING_PAGE);

  const filter = useMemo(
    (): RegionFilter => ({ kinds, populations, bezirke }),
    [kinds, populations, bezirke],
  );
  const overview = useMemo(() => aggregateRegion(pkg, records, filter, 10), [pkg, records, filter]);
  const ranking = useMemo(
    () => (showRanking ? regionRanking(pkg, records, filter) : []),
    [showRanking, pkg, records, filter],
  );
  const rows = useMemo(
    (): BoxRow[] => [
      ...overview.fields.map((f) => ({
        label: q.fields.find((x) => x.id === f.fieldId)?.title[lang] ?? f.fieldId,
        stats: f,
      })),
      { label: all.overall, stats: overview.overall },
    ],
    [overview, q, lang, all.overall],
  );

  const skipped =
    overview.skipped.noProfile + overview.skipped.otherQuestionnaire + overview.skipped.invalidAnswers;
  const fieldTitle = (id: string) => q.fields.find((f) => f.id === id)?.title[lang] ?? id;
  const recs = new Map(pkg.recommendations.map((r) => [r.id, r]));
  const chartText = a.chartDescription(
    rows
      .filter((r) => r.stats.n > 0 && !r.stats.withheld)
      .map((r) =>
        a.chartPart(r.label, pointsText(r.stats.median), pointsText(r.stats.q1), pointsText(r.stats.q3)),
      )
      .join('; '),
  );

  const downloadCsv = () => {
    const blob = new Blob([regionToCsv(pkg, overview, lang)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = a.csvFile(today());
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Revoke later: some browsers start the download only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <>
      <section aria-labelledby={`${uid}-summary`}>
        <h2 id={`${uid}-summary`}>{a.summaryTitle}</h2>
        <p data-testid="region-summary">
          <strong data-testid="region-included">{a.included(overview.included)}</strong>
          {skipped > 0 && (
            <>
              , {a.skipped(skipped)} (
              {[
                overview.skipped.noProfile && a.skippedNoProfile(overview.skipped.noProfile),
                overview.skipped.otherQuestionnaire && a.skippedOther(overview.skipped.otherQuestionnaire),
                overview.skipped.invalidAnswers && a.skippedInvalid(overview.skipped.invalidAnswers),
              ]
                .filter(Boolean)
                .join(', ')}
              )
            </>
          )}
          .{overview.filteredOut > 0 && <> {a.filteredOut(overview.filteredOut)}</>}
        </p>
      </section>

      <section aria-labelledby={`${uid}-filters`} className="no-print">
        <h2 id={`${uid}-filters`}>{a.filtersTitle}</h2>
        <p className="small-note">{a.filtersHint}</p>
        <div className="region-filters">
          <CheckboxGroup
            legend={a.kind}
            options={MUNICIPALITY_KINDS}
            labels={s.kinds}
            chosen={kinds}
            onChange={setKinds}
          />
          <CheckboxGroup
            legend={a.population}
            options={POPULATION_CLASSES}
            labels={s.populations}
            chosen={populations}
            onChange={setPopulations}
          />
          <CheckboxGroup
            legend={a.bezirk}
            options={REGIERUNGSBEZIRKE}
            labels={s.bezirke}
            chosen={bezirke}
            onChange={setBezirke}
          />
        </div>
      </section>

      {overview.included === 0 ? (
        <p className="note-box">{a.noneIncluded}</p>
      ) : (
        <>
          <section aria-labelledby={`${uid}-fields`}>
            <h2 id={`${uid}-fields`}>{a.fieldsTitle}</h2>
            <p>{a.fieldsIntro}</p>
            <figure className="chart-figure region-figure">
              <DistributionChart rows={rows} description={chartText} />
              <figcaption>{a.chartTitle}</figcaption>
            </figure>
            <ScrollBox label={a.fieldsTitle}>
              <table className="data-table region-table" data-testid="region-fields">
                <thead>
                  <tr>
                    <th scope="col">{all.field}</th>
                    <th scope="col">{a.n}</th>
                    <th scope="col">{a.median}</th>
                    <th scope="col">{a.q1}</th>
                    <th scope="col">{a.q3}</th>
                    <th scope="col">{a.min}</th>
                    <th scope="col">{a.max}</th>
                    <th scope="col">{a.belowTarget}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.fields.map((f) => (
                    <tr key={f.fieldId} data-field={f.fieldId}>
                      <th scope="row">{fieldTitle(f.fieldId)}</th>
                      <td>{f.n}</td>
                      {f.withheld ? (
                        <td colSpan={6} data-testid={`median-${f.fieldId}`} className="withheld">
                          {a.withheldCell(MIN_GROUP_SIZE)}
                        </td>
                      ) : (
                        <>
                          <td data-testid={`median-${f.fieldId}`}>{pointsText(f.median)}</td>
                          <td>{pointsText(f.q1)}</td>
                          <td>{pointsText(f.q3)}</td>
                          <td>{pointsText(f.min)}</td>
                          <td>{pointsText(f.max)}</td>
                          <td data-testid={`below-${f.fieldId}`}>{f.belowTarget}</td>
                        </>
                      )}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{all.overall}</th>
                    <td>{overview.overall.n}</td>
                    {overview.overall.withheld ? (
                      <td colSpan={6} data-testid="median-overall" className="withheld">
                        {a.withheldCell(MIN_GROUP_SIZE)}
                      </td>
                    ) : (
                      <>
                        <td data-testid="median-overall">{pointsText(overview.overall.median)}</td>
                        <td>{pointsText(overview.overall.q1)}</td>
                        <td>{pointsText(overview.overall.q3)}</td>
                        <td>{pointsText(overview.overall.min)}</td>
                        <td>{pointsText(overview.overall.max)}</td>
                        <td>{all.none}</td>
                      </>
                    )}
                  </tr>
                </tfoot>
              </table>
            </ScrollBox>
            {(overview.overall.withheld || overview.fields.some((f) => f.withheld)) && (
              <p className="note-box" data-testid="region-withheld">
                {a.withheldNote(MIN_GROUP_SIZE)}
              </p>
            )}
          </section>

          <section aria-labelledby={`${uid}-recs`} className="region-block">
            <h2 id={`${uid}-recs`}>{a.recsTitle}</h2>
            <p>{a.recsIntro}</p>
            {overview.recommendationsWithheld ? (
              <p className="note-box" data-testid="region-recs-withheld">
                {a.recsWithheld(MIN_GROUP_SIZE)}
              </p>
            ) : overview.topRecommendations.length === 0 ? (
              <p>{a.recsNone}</p>
            ) : (
              <ScrollBox label={a.recsTitle}>
                <table className="data-table" data-testid="region-recommendations">
                  <thead>
                    <tr>
                      <th scope="col">{a.recommendation}</th>
                      <th scope="col">{all.field}</th>
                      <th scope="col">{a.n}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {overview.topRecommendations.map((r) => {
                      const rec = recs.get(r.recommendationId);
                      return (
                        <tr key={r.recommendationId}>
                          <th scope="row">{rec?.title[lang] ?? r.recommendationId}</th>
                          <td>{rec ? fieldTitle(rec.field) : all.none}</td>
                          <td>{a.recCount(r.count, overview.included)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollBox>
            )}
          </section>

          <section aria-labelledby={`${uid}-ranking`} className="region-block">
            <h2 id={`${uid}-ranking`}>{a.rankingTitle}</h2>
            <p className="small-note">{a.rankingHint}</p>
            <label className="checkbox-row no-print">
              <input
                type="checkbox"
                checked={showRanking}
                onChange={(e) => {
                  setShowRanking(e.target.checked);
                  setRankingRows(RANKING_PAGE);
                }}
              />
              {a.showRanking}
            </label>
            {showRanking && (
              <>
                <ScrollBox label={a.rankingTitle}>
                  <table className="data-table" data-testid="region-ranking">
                    <thead>
                      <tr>
                        <th scope="col">{a.rank}</th>
                        <th scope="col">{a.municipality}</th>
                        <th scope="col">{a.kindColumn}</th>
                        <th scope="col">{a.bezirk}</th>
                        <th scope="col">{all.overall}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {ranking.map((m, i) => (
                        // Rows past those shown are on paper only: the print has the whole ranking.
                        <tr key={m.recordId} className={i < rankingRows ? undefined : 'print-only-row'}>
                          <td>{m.rank}</td>
                          <th scope="row">{m.municipality}</th>
                          <td>{s.kinds[m.kind]}</td>
                          <td>{s.bezirke[m.regierungsbezirk]}</td>
                          <td>{displayScore(m.overall)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollBox>
                <p className="small-note no-print">
                  {a.shownOf(Math.min(rankingRows, ranking.length), ranking.length)}
                  {ranking.length > rankingRows && ` ${a.rankingPrintAll(ranking.length)}`}
                </p>
                {ranking.length > rankingRows && (
                  <button
                    type="button"
                    className="button no-print"
                    onClick={() => setRankingRows(rankingRows + 100)}
                  >
                    {a.showMore(Math.min(100, ranking.length - rankingRows))}
                  </button>
                )}
              </>
            )}
          </section>

          <section aria-labelledby={`${uid}-export`} className="no-print">
            <h2 id={`${uid}-export`}>{a.exportTitle}</h2>
            <p className="actions">
              <button type="button" className="button primary" onClick={downloadCsv}>
                {a.csv}
              </button>
              <button type="button" className="button" onClick={() => window.print()}>
                {a.print}
              </button>
            </p>
            <p className="small-note">{a.printHint}</p>
          </section>
        </>
      )}
    </>
  );
}

/** The anonymous regional overview of many municipalities' exports: distributions, recommendations, CSV and print. */
export function RegionScreen() {
  const lang = useLanguage();
  const all = analysisStrings[lang];
  const a = all.region;
  const uid = useId();
  const stored = useAssessmentStore((s) => s.assessments);
  const [imported, setImported] = useState<Imported>(EMPTY);
  const [progress, setProgress] = useState<{ n: number; m: number } | null>(null);
  const [includeStored, setIncludeStored] = useState(false);

  const readFiles = async (files: TextFile[], skipped: string[]) => {
    const read: AssessmentRecord[] = [];
    const errors = skipped.map((file) => ({ file, errors: [all.tooLarge(file)] }));
    for (let i = 0; i < files.length; i += CHUNK) {
      setProgress({ n: i + 1, m: files.length });
      // Let the browser paint the progress and handle input before the next chunk.
      await pause();
      for (const file of files.slice(i, i + CHUNK)) {
        const result = parseImport(file.text);
        if (result.ok) read.push(...result.assessments);
        else errors.push({ file: file.name, errors: result.errors });
      }
    }
    setImported((prev) => {
      const records = new Map(prev.records);
      let duplicates = prev.duplicates;
      for (const record of read) {
        if (records.has(record.id)) duplicates++;
        records.set(record.id, record);
      }
      return {
        files: prev.files + files.length + skipped.length,
        records,
        duplicates,
        errors: [...prev.errors, ...errors],
      };
    });
    setProgress(null);
  };

  const { records, duplicates } = useMemo(() => {
    const list = [...imported.records.values()];
    let extra = 0;
    if (includeStored)
      for (const record of Object.values(stored)) {
        if (imported.records.has(record.id)) extra++;
        else list.push(record);
      }
    return { records: list, duplicates: imported.duplicates + extra };
  }, [imported, includeStored, stored]);

  const shownErrors = imported.errors.slice(0, MAX_ERROR_FILES);
  const errorList = (
    <ul className="region-errors">
      {shownErrors.map((f, i) => (
        <li key={i}>
          {all.fileErrors(f.file)}
          <ul>
            {f.errors.map((e, j) => (
              <li key={j}>{e}</li>
            ))}
          </ul>
        </li>
      ))}
      {imported.errors.length > MAX_ERROR_FILES && (
        <li>{a.moreErrors(imported.errors.length - MAX_ERROR_FILES)}</li>
      )}
    </ul>
  );

  return (
    <div className="region-overview">
      <h1>{a.title}</h1>
      <p className="print-only">{a.printedOn(all.formatDate(today()))}</p>
      <p className="no-print">{a.intro}</p>

      <section aria-labelledby={`${uid}-sources`} className="no-print">
        <h2 id={`${uid}-sources`}>{a.sourcesTitle}</h2>
        <FileDrop
          label={a.fileLabel}
          hint={a.fileHint}
          multiple
          allowFolder
          onFiles={(files, skipped) => void readFiles(files, skipped)}
        />
        <p role="status" className="status-line" data-testid="region-progress">
          {progress ? a.progress(progress.n, progress.m) : ''}
        </p>
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={includeStored}
            onChange={(e) => setIncludeStored(e.target.checked)}
          />
          {a.includeStored}
        </label>
        {imported.files > 0 && (
          <p data-testid="region-files">
            {a.filesRead(imported.files)}
            {imported.errors.length > 0 && `, ${a.filesFailed(imported.errors.length)}`}.
            {duplicates > 0 && ` ${a.duplicates(duplicates)}`}{' '}
            <button type="button" className="link-button" onClick={() => setImported(EMPTY)}>
              {a.clear}
            </button>
          </p>
        )}
        {imported.errors.length > 0 &&
          (imported.errors.length > 3 ? (
            <details className="error-box">
              <summary>{a.errorsTitle(imported.errors.length)}</summary>
              {errorList}
            </details>
          ) : (
            <div className="error-box" role="alert">
              <p>{a.errorsTitle(imported.errors.length)}</p>
              {errorList}
            </div>
          ))}
      </section>

      {records.length === 0 ? (
        <p className="note-box" data-testid="region-empty">
          {a.empty}
        </p>
      ) : (
        <PackageGate id={DEFAULT_QUESTIONNAIRE_ID}>
          {(pkg) => <RegionView pkg={pkg} records={records} />}
        </PackageGate>
      )}
    </div>
  );
}
