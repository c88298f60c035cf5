import { useMemo } from 'react';
import type { AssessmentRecord } from '../../engine/assessment';
import type { Questionnaire } from '../../engine/questionnaire-schema';
import { declarationsOf, subjectWords } from '../../engine/declarations';
import { scoreField } from '../../engine/score';
import { routeHref } from '../../router/routes';
import { navigate } from '../../router/use-route';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { useAssessmentStore } from '../../store/assessment-store';
import { useFieldSurvey } from './use-field-survey';

// The app prefetches this module and prepares the first field through it (app/questionnaire-code.tsx).
export { prepareFirstField } from './survey/prepared-field';

/** Progress per field for the navigation. */
function useFieldProgress(questionnaire: Questionnaire, a: AssessmentRecord) {
  return useMemo(
    () =>
      questionnaire.fields
        .map((f) => ({ field: f, s: scoreField(f, a.answers, a.profile?.kind) }))
        .filter(({ s }) => s.total > 0),
    [questionnaire, a.answers, a.profile?.kind],
  );
}

/** The questionnaire: one page per field of action, a field navigation with progress, resume where left off. */
export default function QuestionnaireScreen({
  questionnaire,
  assessment,
  focusQuestion,
}: {
  questionnaire: Questionnaire;
  assessment: AssessmentRecord;
  /** A question of the current field to put the focus on once it is shown. */
  focusQuestion?: string;
}) {
  const t = useStrings();
  const language = useLanguage();
  const { markCompleted, confirmAnswers } = useAssessmentStore.getState();
  const id = assessment.id;
  const { pages, index, page, pageName, survey, heading, go } = useFieldSurvey(
    questionnaire,
    assessment,
    focusQuestion,
  );
  const progress = useFieldProgress(questionnaire, assessment);
  const total = progress.reduce((n, p) => n + p.s.total, 0);
  const answered = progress.reduce((n, p) => n + p.s.total - p.s.unanswered, 0);
  const pending = page ? page.elements.filter((el) => assessment.toConfirm.includes(el.name)) : [];
  const prev = pages[index - 1];
  const next = pages[index + 1];

  return (
    <div className="questionnaire">
      <nav className="field-nav" aria-labelledby="field-nav-title">
        <h2 id="field-nav-title">{t.questionnaire.fieldsNav}</h2>
        {assessment.shortCheck?.continuedAt === null && <p className="meta">{t.shortCheck.name}</p>}
        <p className="progress-text" id="progress-text">
          {t.questionnaire.progress(answered, total)}
        </p>
        <progress max={total} value={answered} aria-labelledby="progress-text" />
        <ol>
          {progress.map(({ field, s }) => {
            const done = s.total - s.unanswered;
            const isCurrent = field.id === pageName;
            return (
              <li key={field.id}>
                <button
                  type="button"
                  className={isCurrent ? 'current' : undefined}
                  aria-current={isCurrent ? 'step' : undefined}
                  onClick={() => go(field.id)}
                >
                  <span className="nav-title">{field.title[language]}</span>
                  <span className={done === s.total ? 'nav-state done' : 'nav-state'}>
                    {done === s.total
                      ? `✓ ${t.questionnaire.complete}`
                      : t.questionnaire.fieldState(done, s.total)}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
        <p>
          <a href={routeHref({ name: 'profile', id })}>
            {t.questionnaire.editProfile(subjectWords(declarationsOf(questionnaire).subject, language))}
          </a>
        </p>
        <p>
          <a href={routeHref({ name: 'results', id })}>{t.questionnaire.showResults}</a>
        </p>
        <p>
          <a href={routeHref({ name: 'projector', id })}>{t.projector.open}</a>
        </p>
      </nav>
      <div className="survey-area">
        <h1 id="questionnaire-heading" ref={heading} tabIndex={-1} className="visually-hidden">
          {assessment.profile?.municipality}: {page ? page.title[language] : ''}
        </h1>
        {pending.length > 0 && (
          <section className="note-box" aria-labelledby="to-confirm-title" data-testid="to-confirm">
            <h2 id="to-confirm-title">{t.questionnaire.toConfirmTitle(pending.length)}</h2>
            <p>{t.questionnaire.toConfirmIntro}</p>
            <ul>
              {pending.map((el) => (
                <li key={el.name}>{el.title[language]}</li>
              ))}
            </ul>
            <button
              type="button"
              className="button"
              onClick={() =>
                confirmAnswers(
                  id,
                  pending.map((el) => el.name),
                )
              }
            >
              {t.questionnaire.confirmAll}
            </button>
          </section>
        )}
        {survey}
        <div className="page-buttons">
          {prev && (
            <button type="button" className="button" onClick={() => go(prev.name)}>
              {t.questionnaire.previous}
            </button>
          )}
          {next ? (
            <button type="button" className="button primary" onClick={() => go(next.name)}>
              {t.questionnaire.next}
            </button>
          ) : (
            <button
              type="button"
              className="button primary"
              onClick={() => {
                markCompleted(id);
                navigate({ name: 'results', id });
              }}
            >
              {t.questionnaire.toResults}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
