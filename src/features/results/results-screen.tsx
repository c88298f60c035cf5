import type { AssessmentRecord } from '../../engine/assessment';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import { displayScore } from '../../engine/score';
import { routeHref } from '../../components/route';
import { useLanguage, useStrings } from '../../components/use-strings';
import { useResults } from '../../store/results';

/** The result of an assessment: overall score and band, each field, matched recommendations. */
export function ResultsScreen({
  pkg,
  assessment,
}: {
  pkg: QuestionnairePackage;
  assessment: AssessmentRecord;
}) {
  const t = useStrings();
  const lang = useLanguage();
  const results = useResults(pkg, assessment);
  const q = pkg.questionnaire;
  const fieldTitle = (id: string) => q.fields.find((f) => f.id === id)?.title[lang] ?? id;
  const questionTitle = (id: string) =>
    q.fields.flatMap((f) => f.questions).find((qu) => qu.id === id)?.title[lang] ?? id;
  const sources = new Map(pkg.sources.map((s) => [s.id, s]));

  if (!results.ok)
    return (
      <div className="error-box" role="alert">
        <p>{results.error}</p>
      </div>
    );
  const { score, gaps, recommendations } = results;

  return (
    <div className="results">
      <h1>{t.results.title(assessment.profile?.municipality ?? '')}</h1>
      <section className="overall" aria-labelledby="overall-title">
        <h2 id="overall-title">{t.results.overall}</h2>
        <p className="overall-score" data-testid="overall-score">
          {score.overall === null ? (
            t.results.noScore
          ) : (
            <>
              <strong>{displayScore(score.overall)}</strong> {t.results.outOf}
            </>
          )}
        </p>
        {score.band && (
          <p>
            {t.results.band}: <strong data-testid="overall-band">{score.band.name[lang]}</strong>.{' '}
            {score.band.description[lang]}
          </p>
        )}
        <p>
          {t.results.counts(
            score.counts.scored,
            score.counts.dontKnow,
            score.counts.notApplicable,
            score.counts.unanswered,
          )}
        </p>
      </section>

      <section aria-labelledby="fields-title">
        <h2 id="fields-title">{t.results.fieldsTitle}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.results.field}</th>
              <th scope="col">{t.results.score}</th>
              <th scope="col">{t.results.target}</th>
              <th scope="col">{t.results.gap}</th>
              <th scope="col">{t.results.answered}</th>
            </tr>
          </thead>
          <tbody>
            {score.fields
              .filter((f) => f.total > 0)
              .map((f) => {
                const gap = gaps.find((g) => g.fieldId === f.fieldId);
                return (
                  <tr key={f.fieldId} data-field={f.fieldId}>
                    <th scope="row">{fieldTitle(f.fieldId)}</th>
                    <td data-testid={`field-score-${f.fieldId}`}>
                      {f.score === null ? '–' : displayScore(f.score)}
                    </td>
                    <td>{gap ? displayScore(gap.target) : '–'}</td>
                    <td>{gap?.gap == null ? '–' : displayScore(gap.gap)}</td>
                    <td>
                      {f.total - f.unanswered} / {f.total}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="recs-title">
        <h2 id="recs-title">{t.results.recommendationsTitle}</h2>
        <p>{t.results.recommendationsIntro}</p>
        {recommendations.length === 0 && <p>{t.results.noRecommendations}</p>}
        <ol className="recommendations">
          {recommendations.map(({ recommendation: r, reasons }) => (
            <li key={r.id} className="recommendation" data-testid="recommendation">
              <h3>{r.title[lang]}</h3>
              <p className="meta">{fieldTitle(r.field)}</p>
              <p>
                <strong>{t.results.because}: </strong>
                {reasons
                  .map((reason) =>
                    reason.kind === 'question'
                      ? t.results.questionReason(questionTitle(reason.questionId), reason.level)
                      : t.results.fieldReason(fieldTitle(reason.fieldId), displayScore(reason.score)),
                  )
                  .join('; ')}
              </p>
              <h4>{t.results.firstSteps}</h4>
              <ol>
                {r.steps.map((s, i) => (
                  <li key={i}>{s[lang]}</li>
                ))}
              </ol>
              <p>
                <strong>{t.results.why}: </strong>
                {r.why[lang]}
              </p>
              {r.references.length > 0 && (
                <ul className="references">
                  {r.references.map((ref) => {
                    const src = sources.get(ref);
                    return src ? (
                      <li key={ref}>
                        <a href={src.url} rel="noopener noreferrer" target="_blank">
                          {src.name[lang]}
                        </a>
                      </li>
                    ) : null;
                  })}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
      <p>
        <a href={routeHref({ name: 'questions', id: assessment.id })}>{t.results.backToQuestions}</a>
      </p>
    </div>
  );
}
