import { useStrings } from '../../i18n/use-strings';
import { routeHref } from '../../router/routes';
import { useAssessmentStore } from '../../store/assessment-store';

/** The first screen: what this is, privacy, start or continue. Loads no questionnaire code. */
export function StartScreen() {
  const t = useStrings();
  const latest = useAssessmentStore((s) => {
    const all = Object.values(s.assessments);
    return all.length ? all.reduce((a, b) => (a.updatedAt >= b.updatedAt ? a : b)) : null;
  });
  return (
    <div className="start">
      <h1>{t.start.title}</h1>
      <p className="lead">{t.start.intro}</p>
      <section className="start-choice" aria-labelledby="start-choice-title">
        <h2 id="start-choice-title">{t.start.chooseTitle}</h2>
        {/* Plain links: the choice works before the page's code has started. */}
        <ul>
          {(
            [
              ['newShortCheck', 'start-short-when', t.start.shortCheck, t.start.shortCheckWhen],
              ['new', 'start-full-when', t.start.fullAssessment, t.start.fullAssessmentWhen],
            ] as const
          ).map(([name, whenId, label, when]) => (
            <li key={name}>
              <a className="button primary" href={routeHref({ name })} aria-describedby={whenId}>
                {label}
              </a>
              <p id={whenId}>{when}</p>
            </li>
          ))}
        </ul>
        <p>{t.start.duration}</p>
      </section>
      <div className="actions">
        {latest && (
          <a
            className="button"
            href={routeHref(
              latest.profile ? { name: 'questions', id: latest.id } : { name: 'profile', id: latest.id },
            )}
          >
            {t.start.continueAssessment}
            {latest.profile && <span className="button-hint">{latest.profile.municipality}</span>}
          </a>
        )}
        {latest && (
          <a className="button" href={routeHref({ name: 'list' })}>
            {t.navList}
          </a>
        )}
      </div>
      <section className="note-box" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t.start.privacyTitle}</h2>
        <p>{t.start.privacy}</p>
        <p>{t.start.privacyDelete}</p>
      </section>
    </div>
  );
}
