import { roundQuestionnaire } from '../../services/round-questionnaire';
import { useRef, useState, type FormEvent } from 'react';
import type { AssessmentRecord } from '../../engine/assessment';
import { downloadText, safeFileName } from '../../utils/download';
import { formatDate } from '../../i18n/format';
import { QuestionnaireGate } from '../../components/package-gate';
import { routeHref } from '../../router/routes';
import { navigate } from '../../router/use-route';
import { useStrings } from '../../i18n/use-strings';
import { useAssessmentStore } from '../../store/assessment-store';
import { exportText } from '../../services/backup';
import { progressOf, progressPercent } from '../../engine/progress';
import { DataTable } from '../../components/data-table';
import { today } from '../../engine/dates';

const displayName = (a: AssessmentRecord, fallback: string) => a.profile?.municipality ?? fallback;

function Progress({ a }: { a: AssessmentRecord }) {
  const t = useStrings();
  return (
    <QuestionnaireGate id={a.questionnaireId}>
      {(q) => {
        // A short check's progress is that of its own questions.
        const p = progressOf(roundQuestionnaire(q, a), a);
        return (
          <>
            {t.list.percent(progressPercent(p))}
            {a.toConfirm.length > 0 && (
              <span className="small-note">{t.list.toConfirm(a.toConfirm.length)}</span>
            )}
          </>
        );
      }}
    </QuestionnaireGate>
  );
}

/** Inline form with one text field (rename, new round). */
function InlineForm(props: {
  label: string;
  hint?: string;
  initial: string;
  submitText: string;
  onSubmit: (value: string) => void;
  onCancel: () => void;
}) {
  const t = useStrings();
  const [value, setValue] = useState(props.initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value.trim()) props.onSubmit(value.trim());
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <label>
        {props.label}
        <input value={value} onChange={(e) => setValue(e.target.value)} maxLength={200} autoFocus required />
      </label>
      {props.hint && <p className="small-note">{props.hint}</p>}
      <button type="submit" className="button primary">
        {props.submitText}
      </button>
      <button type="button" className="button" onClick={props.onCancel}>
        {t.list.cancel}
      </button>
    </form>
  );
}

/** All stored assessments with progress; open, rename, start a new round, delete after confirmation. */
export function AssessmentList() {
  const t = useStrings();
  const lang = useAssessmentStore((s) => s.language);
  const assessments = useAssessmentStore((s) => s.assessments);
  const { renameAssessment, deleteAssessment, startNextRound } = useAssessmentStore.getState();
  const [editing, setEditing] = useState<{ id: string; mode: 'rename' | 'round' } | null>(null);
  const [toDelete, setToDelete] = useState<AssessmentRecord | null>(null);
  const [status, setStatus] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);
  const rows = Object.values(assessments).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  const askDelete = (a: AssessmentRecord) => {
    setToDelete(a);
    dialog.current?.showModal();
  };
  const confirmDelete = () => {
    if (toDelete) {
      deleteAssessment(toDelete.id);
      setStatus(t.list.deleted(`${displayName(toDelete, t.list.noProfile)} – ${toDelete.label}`));
    }
    dialog.current?.close();
  };

  return (
    <div className="assessment-list">
      <h1>{t.list.title}</h1>
      <p>{t.list.intro}</p>
      <p role="status" className="status-line">
        {status}
      </p>
      <p>
        <a className="button primary" href={routeHref({ name: 'new' })}>
          {t.list.newAssessment}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{t.list.empty}</p>
      ) : (
        <DataTable
          label={t.list.title}
          columns={[t.list.municipality, t.list.round, t.list.date, t.list.progress, t.list.actions]}
        >
          {rows.map((a) => {
            const name = displayName(a, t.list.noProfile);
            return (
              <tr key={a.id}>
                <th scope="row">{name}</th>
                <td>
                  {a.label}
                  {/* The round's history: a short check, or begun as one. */}
                  {a.shortCheck && (
                    <span className="round-scope" data-testid="round-scope">
                      {a.shortCheck.continuedAt === null
                        ? t.shortCheck.name
                        : t.shortCheck.continuedOn(formatDate(a.shortCheck.continuedAt.slice(0, 10), lang))}
                    </span>
                  )}
                </td>
                <td>{formatDate(a.profile?.date ?? a.createdAt, lang)}</td>
                <td>
                  <Progress a={a} />
                </td>
                <td>
                  {editing?.id === a.id ? (
                    editing.mode === 'rename' ? (
                      <InlineForm
                        label={t.list.renameLabel}
                        initial={a.label}
                        submitText={t.list.save}
                        onSubmit={(v) => (renameAssessment(a.id, v), setEditing(null))}
                        onCancel={() => setEditing(null)}
                      />
                    ) : (
                      <InlineForm
                        label={t.list.nextRoundLabel}
                        hint={t.list.nextRoundHint}
                        initial={t.list.nextRoundDefault(new Date().getFullYear())}
                        submitText={t.list.create}
                        onSubmit={(v) => {
                          const id = startNextRound(a.id, v, today());
                          setEditing(null);
                          if (id) navigate({ name: 'questions', id });
                        }}
                        onCancel={() => setEditing(null)}
                      />
                    )
                  ) : (
                    <div className="row-actions">
                      <a
                        href={routeHref(
                          a.profile ? { name: 'questions', id: a.id } : { name: 'profile', id: a.id },
                        )}
                        aria-label={`${t.list.open}: ${name}`}
                      >
                        {t.list.open}
                      </a>
                      <a
                        href={routeHref({ name: 'results', id: a.id })}
                        aria-label={`${t.list.results}: ${name}`}
                      >
                        {t.list.results}
                      </a>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setEditing({ id: a.id, mode: 'rename' })}
                        aria-label={`${t.list.rename}: ${name}`}
                      >
                        {t.list.rename}
                      </button>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setEditing({ id: a.id, mode: 'round' })}
                        aria-label={`${t.list.nextRound}: ${name}`}
                      >
                        {t.list.nextRound}
                      </button>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() =>
                          downloadText(
                            `digitalkompass-${safeFileName(`${name}-${a.label}`)}.json`,
                            exportText([a]),
                            'application/json',
                          )
                        }
                        aria-label={`${t.data.exportOne}: ${name}`}
                      >
                        {t.data.exportOne}
                      </button>
                      <button
                        type="button"
                        className="link-button danger"
                        onClick={() => askDelete(a)}
                        aria-label={`${t.list.delete}: ${name}`}
                      >
                        {t.list.delete}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <dialog
        ref={dialog}
        aria-labelledby="delete-title"
        aria-describedby="delete-text"
        onClose={() => setToDelete(null)}
      >
        <h2 id="delete-title">{t.list.deleteTitle}</h2>
        <p id="delete-text">
          {toDelete
            ? t.list.deleteText(`${displayName(toDelete, t.list.noProfile)} – ${toDelete.label}`)
            : ''}
        </p>
        <div className="actions">
          <button type="button" className="button danger" onClick={confirmDelete}>
            {t.list.deleteConfirm}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()} autoFocus>
            {t.list.cancel}
          </button>
        </div>
      </dialog>
    </div>
  );
}
