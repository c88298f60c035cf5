import { startTransition, useMemo, useState } from 'react';
import type { AssessmentRecord } from '../../engine/assessment';
import {
  addToBatch,
  EMPTY_BATCH,
  readExportFiles,
  withStored,
  type FileProblem,
  type ImportBatch,
} from '../../engine/import-batch';
import { FileBatchInput } from '../../components/file-batch-input';
import type { TextFile } from '../../components/file-drop';
import { CarryOverGate } from '../../components/carry-over-gate';
import { PackageGate } from '../../components/package-gate';
import { Section } from '../../components/section';
import { AnalysisSubject, useAnalysisStrings } from '../../i18n/use-analysis-strings';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { useAssessmentStore } from '../../store/assessment-store';
import {
  declarationsById,
  DEFAULT_QUESTIONNAIRE_ID,
  questionnaireTitleById,
} from '../../services/questionnaire-catalog';
import { RegionView } from './region-view';
import './region.css';
import { today } from '../../engine/dates';

/** Files parsed between two pauses, so the page keeps responding while thousands are read. */
const CHUNK = 100;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The anonymous regional overview of many municipalities' exports: distributions, recommendations, CSV and print. */
export function RegionScreen() {
  const lang = useLanguage();
  const t = useStrings();
  const stored = useAssessmentStore((s) => s.assessments);
  const [batch, setBatch] = useState<ImportBatch>(EMPTY_BATCH);
  const [progress, setProgress] = useState<{ n: number; m: number } | null>(null);
  const [includeStored, setIncludeStored] = useState(false);

  const readFiles = async (files: TextFile[], tooLarge: FileProblem[]) => {
    const records: AssessmentRecord[] = [];
    const problems = [...tooLarge];
    for (let i = 0; i < files.length; i += CHUNK) {
      setProgress({ n: i + 1, m: files.length });
      // Let the browser paint the progress and handle input before the next chunk.
      await pause();
      const chunk = readExportFiles(files.slice(i, i + CHUNK));
      for (const r of chunk.read) records.push(...r.records);
      problems.push(...chunk.problems);
    }
    setProgress({ n: files.length, m: files.length });
    // The overview of thousands of records is the longest step: as a transition, React renders it
    // in slices between frames, and the progress line stays until the overview is there.
    startTransition(() => {
      setBatch((prev) => addToBatch(prev, files.length + tooLarge.length, records, problems));
      setProgress(null);
    });
  };

  const { records, duplicates } = useMemo(
    () => withStored(batch, includeStored ? Object.values(stored) : []),
    [batch, includeStored, stored],
  );
  const failed = batch.problems.length;
  // The questionnaires of the records read, the most frequent first: the overview is of one of them.
  const questionnaireIds = useMemo(() => {
    const counts = new Map<string, number>();
    for (const r of records) counts.set(r.questionnaireId, (counts.get(r.questionnaireId) ?? 0) + 1);
    return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([id]) => id);
  }, [records]);
  const [chosen, setChosen] = useState<string | null>(null);
  const questionnaireId =
    chosen !== null && questionnaireIds.includes(chosen)
      ? chosen
      : (questionnaireIds[0] ?? DEFAULT_QUESTIONNAIRE_ID);
  // Its words for what is assessed ("Kommunen", "Feuerwehren") on the whole screen.
  const { subject } = declarationsById(questionnaireId);
  const { a: all } = useAnalysisStrings(subject);
  const a = all.region;

  return (
    <AnalysisSubject.Provider value={subject}>
      <div className="region-overview">
        <h1>{a.title}</h1>
        <p className="print-only">{a.printedOn(all.formatDate(today()))}</p>
        <p className="no-print">{a.intro}</p>

        <Section title={a.sourcesTitle} className="no-print">
          <FileBatchInput
            label={a.fileLabel}
            hint={a.fileHint}
            multiple
            allowFolder
            onFiles={(files, tooLarge) => void readFiles(files, tooLarge)}
            readout={{ status: progress ? a.progress(progress.n, progress.m) : '', problems: batch.problems }}
            statusTestId="region-progress"
            heading={all.fileErrors}
            summary={{ title: a.errorsTitle, more: a.moreErrors }}
          >
            <label className="checkbox-row">
              <input
                type="checkbox"
                checked={includeStored}
                onChange={(e) => setIncludeStored(e.target.checked)}
              />
              {a.includeStored}
            </label>
            {batch.files > 0 && (
              <p data-testid="region-files">
                {a.filesRead(batch.files)}
                {failed > 0 && `, ${a.filesFailed(failed)}`}.
                {duplicates > 0 && ` ${a.duplicates(duplicates)}`}{' '}
                <button type="button" className="link-button" onClick={() => setBatch(EMPTY_BATCH)}>
                  {a.clear}
                </button>
              </p>
            )}
          </FileBatchInput>
        </Section>

        {records.length === 0 ? (
          <p className="note-box" data-testid="region-empty">
            {a.empty}
          </p>
        ) : (
          <>
            {questionnaireIds.length > 1 && (
              <div className="form-row no-print">
                <label htmlFor="region-questionnaire">{t.questionnaires.choose}</label>
                <select
                  id="region-questionnaire"
                  value={questionnaireId}
                  onChange={(e) => setChosen(e.target.value)}
                >
                  {questionnaireIds.map((id) => (
                    <option key={id} value={id}>
                      {questionnaireTitleById(id)[lang]}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <PackageGate key={questionnaireId} id={questionnaireId}>
              {(pkg) => (
                // Assessments of an older questionnaire version count once carried over, as when opened.
                <CarryOverGate pkg={pkg} records={records}>
                  {(c) => <RegionView pkg={pkg} records={c.records} />}
                </CarryOverGate>
              )}
            </PackageGate>
          </>
        )}
      </div>
    </AnalysisSubject.Provider>
  );
}
