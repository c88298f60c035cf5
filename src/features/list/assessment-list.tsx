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
import { ConfirmDialog } from '../../components/confirm-dialog';
import { StatusLine } from '../../components/status-line';
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

/** A row's action, named with the row's municipality for screen readers ("Umbenennen: Musterhausen"). */
function RowButton(props: { text: string; name: string; danger?: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      className={props.danger ? 'link-button danger' : 'link-button'}
      onClick={props.onClick}
      aria-label={`${props.text}: ${props.name}`}
    >
      {props.text}
    </button>
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
    if (!toDelete) return;
    deleteAssessment(toDelete.id);
    setStatus(t.list.deleted(`${displayName(toDelete, t.list.noProfile)} – ${toDelete.label}`));
  };

  return (
    <div className="assessment-list">
      <h1>{t.list.title}</h1>
      <p>{t.list.intro}</p>
      <StatusLine text={status} />
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
                      <RowButton
                        text={t.list.rename}
                        name={name}
                        onClick={() => setEditing({ id: a.id, mode: 'rename' })}
                      />
                      <RowButton
                        text={t.list.nextRound}
                        name={name}
                        onClick={() => setEditing({ id: a.id, mode: 'round' })}
                      />
                      <RowButton
                        text={t.data.exportOne}
                        name={name}
                        onClick={() =>
                          downloadText(
                            `digitalkompass-${safeFileName(`${name}-${a.label}`)}.json`,
                            exportText([a]),
                            'application/json',
                          )
                        }
                      />
                      <RowButton text={t.list.delete} name={name} danger onClick={() => askDelete(a)} />
                    </div>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <ConfirmDialog
        ref={dialog}
        title={t.list.deleteTitle}
        confirmText={t.list.deleteConfirm}
        onConfirm={confirmDelete}
        onClose={() => setToDelete(null)}
      >
        <p>
          {toDelete
            ? t.list.deleteText(`${displayName(toDelete, t.list.noProfile)} – ${toDelete.label}`)
            : ''}
        </p>
      </ConfirmDialog>
    </div>
  );
}
