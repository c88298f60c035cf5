import { useRef, useState } from 'react';
import type { AssessmentRecord } from '../../engine/assessment';
import {
  parseImport,
  type CarryOverNotice,
  type ImportError,
  type MismatchError,
} from '../../engine/export-envelope';
import { downloadText } from '../../utils/download';
import { FileDrop, type TextFile } from '../../components/file-drop';
import { formatDate } from '../../i18n/format';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { errorStrings } from '../../i18n/strings-errors';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { StatusLine } from '../../components/status-line';
import { useAssessmentStore } from '../../store/assessment-store';
import { exportAllText } from '../../services/backup';
import { loadQuestionnairePackage } from '../../services/questionnaire-catalog';
import { fitToCurrentVersion } from '../../services/questionnaire-migrations';
import { DataTable } from '../../components/data-table';
import { today } from '../../engine/dates';

interface Candidate {
  record: AssessmentRecord;
  file: string;
  exists: boolean;
  mode: 'copy' | 'replace';
  /** Said when the answers were carried over from an older questionnaire version. */
  notice: CarryOverNotice | null;
}
/** Why a file cannot be loaded, as codes: worded when shown, in the language of that moment. */
type Problem =
  | { from: 'import'; error: ImportError }
  | { from: 'fit'; error: MismatchError }
  | { from: 'questionnaire'; id: string }
  | { from: 'tooLarge' };
interface FileProblem {
  file: string;
  errors: Problem[];
}

/** Checks import files: format, content and questionnaire. Changes nothing. */
async function checkFiles(
  files: TextFile[],
  existing: Record<string, AssessmentRecord>,
): Promise<{ candidates: Candidate[]; problems: FileProblem[] }> {
  const candidates: Candidate[] = [];
  const problems: FileProblem[] = [];
  for (const f of files) {
    const parsed = parseImport(f.text);
    if (!parsed.ok) {
      problems.push({ file: f.name, errors: parsed.errors.map((error) => ({ from: 'import', error })) });
      continue;
    }
    const errors: Problem[] = [];
    const ok: { record: AssessmentRecord; notice: CarryOverNotice | null }[] = [];
    for (const record of parsed.assessments) {
      const pkg = await loadQuestionnairePackage(record.questionnaireId);
      const unknown = { from: 'questionnaire', id: record.questionnaireId } as const;
      if (!pkg.ok) {
        errors.push(unknown);
        continue;
      }
      // Same version: checked as it is; an older one the mapping knows: carried over; else refused.
      const fit = await fitToCurrentVersion(record);
      if (fit.ok) ok.push({ record: fit.record, notice: fit.notice });
      else if ('errors' in fit) errors.push(...fit.errors.map((error) => ({ from: 'fit', error }) as const));
      else errors.push(unknown);
    }
    if (errors.length) problems.push({ file: f.name, errors });
    else
      for (const { record, notice } of ok)
        candidates.push({
          record,
          file: f.name,
          exists: Object.hasOwn(existing, record.id),
          mode: 'copy',
          notice,
        });
  }
  return { candidates, problems };
}

/** Save everything to a file, load files (with a preview and no silent overwrite), delete all. */
export function DataScreen() {
  const t = useStrings();
  const lang = useLanguage();
  const m = errorStrings[lang];
  const assessments = useAssessmentStore((s) => s.assessments);
  const { importAssessment, deleteAllAssessments } = useAssessmentStore.getState();
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [problems, setProblems] = useState<FileProblem[]>([]);
  const [status, setStatus] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const count = Object.keys(assessments).length;
  const name = (r: AssessmentRecord) => `${r.profile?.municipality ?? '–'} – ${r.label}`;

  const onFiles = async (files: TextFile[], skipped: string[]) => {
    setStatus('');
    const result = await checkFiles(files, useAssessmentStore.getState().assessments);
    setCandidates(result.candidates);
    setProblems([
      ...result.problems,
      ...skipped.map((file): FileProblem => ({ file, errors: [{ from: 'tooLarge' }] })),
    ]);
  };
  const confirm = () => {
    for (const c of candidates) importAssessment(c.record, c.mode);
    setStatus(t.data.imported(candidates.length));
    setCandidates([]);
  };
  const exportAll = () =>
    downloadText(`digitalkompass-sicherung-${today()}.json`, exportAllText(), 'application/json');

  return (
    <div className="data-screen">
      <h1>{t.data.title}</h1>
      <p>{t.data.intro}</p>
      <StatusLine text={status} />
      <section className="note-box" aria-labelledby="where-title">
        <h2 id="where-title">{t.data.whereTitle}</h2>
        <p>{t.data.where}</p>
      </section>

      <section aria-labelledby="export-title">
        <h2 id="export-title">{t.data.exportTitle}</h2>
        {count === 0 ? (
          <p>{t.data.exportNone}</p>
        ) : (
          <button type="button" className="button primary" onClick={exportAll}>
            {t.data.exportAll(count)}
          </button>
        )}
      </section>

      <section aria-labelledby="import-title">
        <h2 id="import-title">{t.data.importTitle}</h2>
        <FileDrop
          label={t.data.importLabel}
          hint={t.data.importHint}
          multiple
          onFiles={(f, s) => void onFiles(f, s)}
        />
        {problems.map((p) => (
          <div key={p.file} className="error-box" role="alert" data-testid="import-errors">
            <p>{t.data.fileErrors(p.file)}</p>
            <ul>
              {p.errors.map((e, i) => (
                <li key={i}>
                  {e.from === 'import'
                    ? m.importError(e.error)
                    : e.from === 'fit'
                      ? m.mismatch(e.error)
                      : e.from === 'questionnaire'
                        ? t.data.unknownQuestionnaire(e.id)
                        : t.files.tooLarge(p.file)}
                </li>
              ))}
            </ul>
          </div>
        ))}
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
                      <strong>{name(c.record)}:</strong> {m.carryOver(c.notice)}
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
      </section>

      <section aria-labelledby="delete-all-title">
        <h2 id="delete-all-title">{t.data.deleteTitle}</h2>
        <p>{t.data.deleteIntro}</p>
        <button
          type="button"
          className="button danger"
          disabled={count === 0}
          onClick={() => dialog.current?.showModal()}
        >
          {t.data.deleteAll}
        </button>
      </section>
      <ConfirmDialog
        ref={dialog}
        title={t.data.deleteConfirmTitle}
        confirmText={t.data.deleteConfirm}
        onConfirm={() => {
          deleteAllAssessments();
          setStatus(t.data.deleted);
        }}
      >
        <p>{t.data.deleteConfirmText(count)}</p>
      </ConfirmDialog>
    </div>
  );
}
