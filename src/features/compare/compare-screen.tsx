import { useMemo, useState } from 'react';
import {
  readExportFiles,
  sourcedRecords,
  type FileProblem,
  type SourcedRecord,
} from '../../engine/import-batch';
import {
  chooseRounds,
  defaultPair,
  pairWithNewest,
  sortRounds,
  type RoundPair,
} from '../../engine/round-pairing';
import { FileBatchInput, NO_READOUT, type FileReadout } from '../../components/file-batch-input';
import type { TextFile } from '../../components/file-drop';
import { CarryOverGate } from '../../components/carry-over-gate';
import { PackageGate } from '../../components/package-gate';
import { routeHref } from '../../router/routes';
import { Section } from '../../components/section';
import { AnalysisSubject, useAnalysisStrings } from '../../i18n/use-analysis-strings';
import { declarationsById, DEFAULT_QUESTIONNAIRE_ID } from '../../services/questionnaire-catalog';
import { useAssessmentStore } from '../../store/assessment-store';
import { ComparisonView } from './comparison-view';
import { RoundChoiceSection } from './round-choice';
import './compare.css';

/** Compares two rounds of a municipality: stored ones, or one read from an export file. */
export function CompareScreen() {
  const stored = useAssessmentStore((s) => s.assessments);
  const [loaded, setLoaded] = useState<SourcedRecord[]>([]);
  const [readout, setReadout] = useState<FileReadout>(NO_READOUT);
  const [choice, setChoice] = useState<RoundPair | null>(null);

  const rounds = useMemo(
    () =>
      sortRounds([
        ...Object.values(stored).map((record) => ({ key: record.id, record, file: null })),
        ...loaded,
      ]),
    [stored, loaded],
  );
  const fallback = useMemo(() => defaultPair(rounds), [rounds]);
  const chosen = chooseRounds(rounds, choice, fallback);
  const { before, after } = chosen;
  // In the words of what the rounds' questionnaire assesses ("Kommune", "Feuerwehr").
  const { subject } = declarationsById(before?.record.questionnaireId ?? DEFAULT_QUESTIONNAIRE_ID);
  const { a } = useAnalysisStrings(subject);
  const c = a.compare;

  const onFiles = (files: TextFile[], tooLarge: FileProblem[]) => {
    const { read, problems } = readExportFiles(files);
    const [file] = read;
    const added = file ? sourcedRecords([file], `datei-${loaded.length}`) : [];
    setReadout({
      status: file ? c.fileLoaded(added.length, file.file) : '',
      problems: [...problems, ...tooLarge],
    });
    if (added.length > 0) setLoaded([...loaded, ...added]);
    // Compare the loaded round with the nearest other round of the same municipality.
    const pair = added[0] && pairWithNewest(added[0], rounds);
    if (pair) setChoice(pair);
  };

  const fileSection = (
    <Section title={c.fileTitle} className="no-print">
      <FileBatchInput
        label={c.fileLabel}
        hint={c.fileHint}
        onFiles={onFiles}
        readout={readout}
        heading={a.fileErrors}
      />
    </Section>
  );

  return (
    <AnalysisSubject.Provider value={subject}>
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

        {rounds.length >= 2 && before && (
          <RoundChoiceSection rounds={rounds} chosen={chosen} onChoose={setChoice} />
        )}

        {before && after && (
          <PackageGate id={before.record.questionnaireId}>
            {(pkg) => (
              // The notice for a round of an older version. The comparison itself uses the mapping on
              // the original rounds, so that changed answers are marked "bitte prüfen", and says
              // why when a version cannot be compared.
              <CarryOverGate pkg={pkg} records={[before.record, after.record]} listRefused={false}>
                {() => <ComparisonView pkg={pkg} older={before.record} newer={after.record} />}
              </CarryOverGate>
            )}
          </PackageGate>
        )}
        {fallback && fileSection}
      </div>
    </AnalysisSubject.Provider>
  );
}
