import { useId, useMemo, useState } from 'react';
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
import { FileBatchInput } from '../../components/file-batch-input';
import type { TextFile } from '../../components/file-drop';
import { PackageGate } from '../../components/package-gate';
import { routeHref } from '../../components/route';
import { useLanguage } from '../../components/use-strings';
import { analysisStrings } from '../../i18n/strings-analysis';
import { useAssessmentStore } from '../../store/assessment-store';
import { ComparisonView } from './comparison-view';
import { RoundChoiceSection } from './round-choice';
import './compare.css';

/** Compares two rounds of a municipality: stored ones, or one read from an export file. */
export function CompareScreen() {
  const a = analysisStrings[useLanguage()];
  const c = a.compare;
  const uid = useId();
  const stored = useAssessmentStore((s) => s.assessments);
  const [loaded, setLoaded] = useState<SourcedRecord[]>([]);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [status, setStatus] = useState('');
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

  const onFiles = (files: TextFile[], tooLarge: FileProblem[]) => {
    setStatus('');
    const { read, problems: unreadable } = readExportFiles(files);
    setProblems([...unreadable, ...tooLarge]);
    const [file] = read;
    if (!file) return;
    const added = sourcedRecords([file], `datei-${loaded.length}`);
    setLoaded([...loaded, ...added]);
    setStatus(c.fileLoaded(added.length, file.file));
    // Compare the loaded round with the nearest other round of the same municipality.
    const pair = added[0] && pairWithNewest(added[0], rounds);
    if (pair) setChoice(pair);
  };

  const fileSection = (
    <section aria-labelledby={`${uid}-file`} className="no-print">
      <h2 id={`${uid}-file`}>{c.fileTitle}</h2>
      <FileBatchInput
        label={c.fileLabel}
        hint={c.fileHint}
        onFiles={onFiles}
        status={status}
        problems={problems}
        heading={a.fileErrors}
      />
    </section>
  );

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

      {rounds.length >= 2 && before && (
        <RoundChoiceSection rounds={rounds} chosen={chosen} onChoose={setChoice} />
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
