import { Suspense, use, useRef, useState } from 'react';
import { readQuestionnaireUpload, type PackageError } from '../../engine/questionnaire-package';
import { FileDrop, type TextFile } from '../../components/file-drop';
import { routeHref } from '../../router/routes';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { errorStrings } from '../../i18n/strings-errors';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { StatusLine } from '../../components/status-line';
import { useAssessmentStore } from '../../store/assessment-store';
import { BUILT_IN_IDS, loadQuestionnairePackage } from '../../services/questionnaire-catalog';

function Entry({
  id,
  builtIn,
  onRemove,
}: {
  id: string;
  builtIn: boolean;
  onRemove: (title: string) => void;
}) {
  const t = useStrings();
  const lang = useLanguage();
  const result = use(loadQuestionnairePackage(id));
  if (!result.ok)
    return (
      <li className="error-box">
        {id}: {result.errors.map((e) => errorStrings[lang].questionnaireProblem(e)).join(' ')}
      </li>
    );
  const { questionnaire: q, recommendations } = result.value;
  const title = q.title[lang];
  return (
    <li className="questionnaire-entry" data-testid="questionnaire-entry">
      <h3>{title}</h3>
      <p className="meta">
        {builtIn ? t.questionnaires.builtIn : t.questionnaires.loaded} · {t.questionnaires.version(q.version)}{' '}
        ·{' '}
        {t.questionnaires.counts(
          q.fields.length,
          q.fields.reduce((n, f) => n + f.questions.length, 0),
          recommendations.length,
        )}
      </p>
      <p>{q.description[lang]}</p>
      <div className="actions">
        <a className="button" href={routeHref({ name: 'new', questionnaire: id })}>
          {t.questionnaires.start}
        </a>
        {result.value.shortCheck && (
          <a className="button" href={routeHref({ name: 'newShortCheck', questionnaire: id })}>
            {t.start.shortCheck}
          </a>
        )}
        {!builtIn && (
          <button
            type="button"
            className="button danger"
            aria-label={t.questionnaires.removeLabel(title)}
            onClick={() => onRemove(title)}
          >
            {t.questionnaires.remove}
          </button>
        )}
      </div>
    </li>
  );
}

/** Built-in and loaded questionnaires; load another one from a file, validated with clear errors. */
export function QuestionnairesScreen() {
  const t = useStrings();
  const lang = useLanguage();
  const custom = useAssessmentStore((s) => s.customQuestionnaires);
  const assessments = useAssessmentStore((s) => s.assessments);
  const { addCustomQuestionnaire, removeCustomQuestionnaire } = useAssessmentStore.getState();
  // Codes, or what the screen says itself; worded when shown, in the language of that moment.
  const [errors, setErrors] = useState<
    (PackageError | { code: 'tooLarge'; files: string } | { code: 'builtInId'; id: string })[]
  >([]);
  const [status, setStatus] = useState('');
  const [toRemove, setToRemove] = useState<{ id: string; title: string } | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  const onFiles = (files: TextFile[], skipped: string[]) => {
    setStatus('');
    if (skipped.length) {
      setErrors([{ code: 'tooLarge', files: skipped.join(', ') }]);
      return;
    }
    const result = readQuestionnaireUpload(files);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const { id, title } = result.value.questionnaire;
    if (BUILT_IN_IDS.includes(id)) {
      setErrors([{ code: 'builtInId', id }]);
      return;
    }
    setErrors([]);
    const existed = Object.hasOwn(useAssessmentStore.getState().customQuestionnaires, id);
    addCustomQuestionnaire(id, result.documents);
    setStatus(existed ? t.questionnaires.replaced(title[lang]) : t.questionnaires.added(title[lang]));
  };
  const users = toRemove
    ? Object.values(assessments).filter((a) => a.questionnaireId === toRemove.id).length
    : 0;

  return (
    <div className="questionnaires-screen">
      <h1>{t.questionnaires.title}</h1>
      <p>{t.questionnaires.intro}</p>
      <StatusLine text={status} />
      <Suspense fallback={<p role="status">{t.loading}</p>}>
        <ul className="plan-list">
          {BUILT_IN_IDS.map((id) => (
            <Entry key={id} id={id} builtIn onRemove={() => undefined} />
          ))}
          {Object.keys(custom).map((id) => (
            <Entry
              key={`${id}-${custom[id]?.loadedAt ?? ''}`}
              id={id}
              builtIn={false}
              onRemove={(title) => {
                setToRemove({ id, title });
                dialog.current?.showModal();
              }}
            />
          ))}
        </ul>
      </Suspense>
      {Object.keys(custom).length === 0 && <p>{t.questionnaires.none}</p>}
      <FileDrop
        label={t.questionnaires.uploadLabel}
        hint={t.questionnaires.uploadHint}
        multiple
        onFiles={onFiles}
      />
      {errors.length > 0 && (
        <div className="error-box" role="alert" data-testid="questionnaire-errors">
          <p>{t.questionnaires.errorsTitle}</p>
          <ul>
            {errors.slice(0, 50).map((e, i) => (
              <li key={i}>
                {e.code === 'tooLarge'
                  ? t.files.tooLarge(e.files)
                  : e.code === 'builtInId'
                    ? t.questionnaires.builtInId(e.id)
                    : errorStrings[lang].packageError(e)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ConfirmDialog
        ref={dialog}
        title={t.questionnaires.removeTitle}
        confirmText={t.questionnaires.removeConfirm}
        onConfirm={() => {
          if (!toRemove) return;
          removeCustomQuestionnaire(toRemove.id);
          setStatus(t.questionnaires.removed(toRemove.title));
        }}
        onClose={() => setToRemove(null)}
      >
        <p>{toRemove?.title}</p>
        <p>{t.questionnaires.removeText(users)}</p>
      </ConfirmDialog>
    </div>
  );
}
