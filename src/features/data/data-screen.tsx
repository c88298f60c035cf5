import { useRef, useState } from 'react';
import type { AssessmentRecord } from '../../engine/assessment';
import type { FileProblem } from '../../engine/import-batch';
import { parseImport } from '../../engine/export-envelope';
import { downloadText } from '../../components/download';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FileBatchInput } from '../../components/file-batch-input';
import type { TextFile } from '../../components/file-drop';
import { formatDate } from '../../components/format-date';
import { useLanguage, useStrings } from '../../components/use-strings';
import { Section } from '../../components/section';
import { StatusLine } from '../../components/status-line';
import { useAssessmentStore } from '../../store/assessment-store';
import { exportAllText } from '../../store/backup';
import { loadQuestionnairePackage } from '../../store/questionnaire-catalog';
import { fitToCurrentVersion } from '../../store/questionnaire-migrations';
import { DataTable } from '../../components/data-table';

interface Candidate {
  record: AssessmentRecord;
  file: string;
  exists: boolean;
  mode: 'copy' | 'replace';
  /** Said when the answers were carried over from an older questionnaire version. */
  notice: string | null;
}

/** Checks import files: format, content and questionnaire. Changes nothing. */
async function checkFiles(
  files: TextFile[],
  existing: Record<string, AssessmentRecord>,
  unknownQuestionnaire: (id: string) => string,
): Promise<{ candidates: Candidate[]; problems: FileProblem[] }> {
  const candidates: Candidate[] = [];
  const problems: FileProblem[] = [];
  for (const f of files) {
    const parsed = parseImport(f.text);
    if (!parsed.ok) {
      problems.push({ file: f.name, errors: parsed.errors });
      continue;
    }
    const errors: string[] = [];
    const ok: { record: AssessmentRecord; notice: string | null }[] = [];
    for (const record of parsed.assessments) {
      const pkg = await loadQuestionnairePackage(record.questionnaireId);
      if (!pkg.ok) {
        errors.push(unknownQuestionnaire(record.questionnaireId));
        continue;
      }
      // Same version: checked as it is; an older one the mapping knows: carried over; else refused.
      const fit = await fitToCurrentVersion(record);
      if (!fit.ok) errors.push(...fit.errors);
      else ok.push({ record: fit.record, notice: fit.notice });
    }
    if (errors.length) problems.push({ file: f.name, errors });
    else
      for (const { record, notice } of ok)
        candidates.push({ record, file: f.name, exists: record.id in existing, mode: 'copy', notice });
  }
  return { candidates, problems };
}

/** Save everything to a file, load files (with a preview and no silent overwrite), delete all. */
export function DataScreen() {
  const t = useStrings();
  const lang = useLanguage();
  const assessments = useAssessmentStore((s) => s.assessments);
  const { importAssessment, deleteAllAssessments } = useAssessmentStore.getState();
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [status, setStatus] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const count = Object.keys(assessments).length;
  const name = (r: AssessmentRecord) => `${r.profile?.municipality ?? '–'} – ${r.label}`;

  const onFiles = async (files: TextFile[], tooLarge: FileProblem[]) => {
    setStatus('');
    const result = await checkFiles(
      files,
      useAssessmentStore.getState().assessments,
      t.data.unknownQuestionnaire,
    );
    setCandidates(result.candidates);
    setProblems([...result.problems, ...tooLarge]);
  };
  const confirm = () => {
    for (const c of candidates) importAssessment(c.record, c.mode);
    setStatus(t.data.imported(candidates.length));
    setCandidates([]);
  };
  const exportAll = () =>
    downloadText(
      `digitalkompass-sicherung-${new Date().toISOString().slice(0, 10)}.json`,
      exportAllText(),
      'application/json',
    );

  return (
    <div className="data-screen">
      <h1>{t.data.title}</h1>
      <p>{t.data.intro}</p>
      <StatusLine text={status} />
      <Section title={t.data.whereTitle} className="note-box">
        <p>{t.data.where}</p>
      </Section>

      <Section title={t.data.exportTitle}>
        {count === 0 ? (
          <p>{t.data.exportNone}</p>
        ) : (
          <button type="button" className="button primary" onClick={exportAll}>
            {t.data.exportAll(count)}
          </button>
        )}
      </Section>

      <Section title={t.data.importTitle}>
        <FileBatchInput
          label={t.data.importLabel}
          hint={t.data.importHint}
          multiple
          onFiles={(f, tooLarge) => void onFiles(f, tooLarge)}
          readout={{ problems }}
          heading={t.data.fileErrors}
          errorsTestId="import-errors"
        />
        {candidates.length > 0 && (
          <div className="import-preview" data-testid="import-preview">
            <h3>{t.data.previewTitle}</h3>
            <p>{t.data.previewIntro}</p>
            <DataTable
              label={t.data.previewTitle}
              columns={[t.list.municipality, t.list.round, t.list.date, t.data.answers, t.data.exists]}
            >
              {candidates.map((c, i) => (
                <tr key={`${c.file}-${c.record.id}`}>
                  <th scope="row">{c.record.profile?.municipality ?? '–'}</th>
                  <td>{c.record.label}</td>
                  <td>{formatDate(c.record.profile?.date ?? c.record.createdAt, lang)}</td>
                  <td>{Object.keys(c.record.answers).length}</td>
                  <td>
                    {c.exists ? (
                      <fieldset className="inline-choice">
                        <legend>{t.data.conflictLabel(name(c.record))}</legend>
                        {(['copy', 'replace'] as const).map((mode) => (
                          <label key={mode}>
                            <input
                              type="radio"
                              name={`mode-${i}`}
                              checked={c.mode === mode}
                              onChange={() =>
                                setCandidates((all) => all.map((x, j) => (j === i ? { ...x, mode } : x)))
                              }
                            />{' '}
                            {mode === 'copy' ? t.data.keepBoth : t.data.replace}
                          </label>
                        ))}
                      </fieldset>
                    ) : (
                      t.data.isNew
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
            {candidates.some((c) => c.notice) && (
              <ul className="import-notices" data-testid="import-notices">
                {candidates.map((c) =>
                  c.notice ? (
                    <li key={`${c.file}-${c.record.id}`}>
                      <strong>{name(c.record)}:</strong> {c.notice}
                    </li>
                  ) : null,
                )}
              </ul>
            )}
            <div className="actions">
              <button type="button" className="button primary" onClick={confirm}>
                {t.data.confirm(candidates.length)}
              </button>
              <button type="button" className="button" onClick={() => setCandidates([])}>
                {t.data.cancel}
              </button>
            </div>
          </div>
        )}
      </Section>

      <Section title={t.data.deleteTitle}>
        <p>{t.data.deleteIntro}</p>
        <button
          type="button"
          className="button danger"
          disabled={count === 0}
          onClick={() => dialog.current?.showModal()}
        >
          {t.data.deleteAll}
        </button>
      </Section>
      <ConfirmDialog
        dialogRef={dialog}
        title={t.data.deleteConfirmTitle}
        confirmText={t.data.deleteConfirm}
        onConfirm={() => {
          deleteAllAssessments();
          setStatus(t.data.deleted);
        }}
        lang={lang}
      >
        <p>{t.data.deleteConfirmText(count)}</p>
      </ConfirmDialog>
    </div>
  );
}
