import { useMemo, useState } from 'react';
import { ownValue } from '../../engine/assessment';
import {
  readExportFiles,
  sourcedRecords,
  type FileProblem,
  type SourcedRecord,
} from '../../engine/import-batch';
import { CheckboxGroup } from '../../components/checkbox-group';
import { FileBatchInput, NO_READOUT, type FileReadout } from '../../components/file-batch-input';
import type { TextFile } from '../../components/file-drop';
import { withCarriedRecords } from '../../engine/carry-over-records';
import { CarryOverGate } from '../../components/carry-over-gate';
import { PackageGate } from '../../components/package-gate';
import { Section } from '../../components/section';
import { AnalysisSubject, useAnalysisStrings } from '../../i18n/use-analysis-strings';
import { declarationsById, DEFAULT_QUESTIONNAIRE_ID } from '../../services/questionnaire-catalog';
import { useAssessmentStore } from '../../store/assessment-store';
import { ConsolidationView } from './consolidation-view';
import { RespondentsTable } from './respondents-table';
import './consolidate.css';

const storedKey = (id: string) => `gespeichert-${id}`;

/** Merges several respondents' answers to one round, lets the group settle disagreements and saves the result. */
export function ConsolidateScreen() {
  const stored = useAssessmentStore((s) => s.assessments);
  const [loaded, setLoaded] = useState<SourcedRecord[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [readout, setReadout] = useState<FileReadout>(NO_READOUT);

  const storedIds = useMemo(
    () =>
      Object.values(stored)
        .sort(
          (x, y) =>
            (x.profile?.municipality ?? '').localeCompare(y.profile?.municipality ?? '', 'de') ||
            x.createdAt.localeCompare(y.createdAt),
        )
        .map((r) => r.id),
    [stored],
  );
  const entries = useMemo(
    (): SourcedRecord[] => [
      ...loaded,
      ...chosen.flatMap((id) => {
        const record = ownValue(stored, id);
        return record ? [{ key: storedKey(id), record, file: null }] : [];
      }),
    ],
    [loaded, chosen, stored],
  );

  const entryRecords = useMemo(() => entries.map((e) => e.record), [entries]);
  const first = entries[0];
  // In the words of what the first answers' questionnaire assesses ("Kommune", "Feuerwehr").
  const { subject } = declarationsById(first?.record.questionnaireId ?? DEFAULT_QUESTIONNAIRE_ID);
  const { a } = useAnalysisStrings(subject);
  const t = a.consolidate;

  const onFiles = (files: TextFile[], tooLarge: FileProblem[]) => {
    const { read, problems } = readExportFiles(files);
    const added = sourcedRecords(read, Date.now().toString(36));
    setLoaded([...loaded, ...added]);
    setReadout({ status: t.filesRead(files.length, added.length), problems: [...tooLarge, ...problems] });
  };
  const remove = (entry: SourcedRecord) => {
    if (entry.file === null) setChosen(chosen.filter((id) => storedKey(id) !== entry.key));
    else setLoaded(loaded.filter((e) => e.key !== entry.key));
  };
  const storedLabel = (id: string) => {
    const r = ownValue(stored, id);
    return r
      ? t.storedOption(r.profile?.municipality ?? a.compare.noProfile, r.label, r.profile?.role ?? '')
      : id;
  };

  return (
    <AnalysisSubject.Provider value={subject}>
      <div className="consolidate">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>

        <Section title={t.sourcesTitle} className="no-print">
          <FileBatchInput
            label={t.fileLabel}
            hint={t.fileHint}
            multiple
            onFiles={onFiles}
            readout={readout}
            heading={a.fileErrors}
          />
          <CheckboxGroup
            legend={t.storedLegend}
            className="stored-choice"
            options={storedIds}
            label={storedLabel}
            chosen={chosen}
            onChange={setChosen}
            empty={<p className="small-note">{t.storedNone}</p>}
          />
        </Section>

        <Section title={t.respondentsTitle}>
          {entries.length > 0 && <RespondentsTable entries={entries} onRemove={remove} />}
          {entries.length < 2 && (
            <p className="note-box" data-testid="consolidate-empty">
              {t.empty}
            </p>
          )}
        </Section>

        {entries.length >= 2 && first && (
          <PackageGate id={first.record.questionnaireId}>
            {(pkg) => (
              // Answers of an older questionnaire version are carried over before they are merged.
              <CarryOverGate pkg={pkg} records={entryRecords}>
                {(c) => <ConsolidationView pkg={pkg} entries={withCarriedRecords(entries, c)} />}
              </CarryOverGate>
            )}
          </PackageGate>
        )}
      </div>
    </AnalysisSubject.Provider>
  );
}
