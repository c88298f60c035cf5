import type { AssessmentRecord } from '../../engine/assessment';
import type { Questionnaire } from '../../engine/questionnaire-schema';
import type { MatchedRecommendation } from '../../engine/recommend';
import { displayScore, type AssessmentScore } from '../../engine/score';
import { progressOf } from '../../engine/progress';
import { firstUnanswered, shortCheckCoverage } from '../../engine/short-check';
import { DataTable } from '../../components/data-table';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { routeHref } from '../../router/routes';
import { navigate } from '../../router/use-route';
import { useAssessmentStore } from '../../store/assessment-store';

/** How many recommendations a short check's result names first. */
const FIRST_RECOMMENDATIONS = 3;

/**
 * What a short check's result says first: that it is one, how sure each field's value is, the
 * first recommendations, and the way on into the full assessment with every answer kept.
 */
export function ShortCheckPanel({
  assessment,
  full,
  score,
  recommendations,
}: {
  assessment: AssessmentRecord;
  /** The whole questionnaire, for how many questions each field has and where the full assessment goes on. */
  full: Questionnaire;
  /** The short check's score (made with the questionnaire cut to its questions). */
  score: AssessmentScore;
  recommendations: readonly MatchedRecommendation[];
}) {
  const t = useStrings();
  const lang = useLanguage();
  const s = t.shortCheck;
  const kind = assessment.profile?.kind;
  const coverage = shortCheckCoverage(full, score.fields, kind);
  const titles = new Map(full.fields.map((f) => [f.id, f.title[lang]]));
  // Counted over the questions this municipality sees, as the questionnaire's progress is.
  const progress = progressOf(full, assessment);
  const asked = coverage.reduce((n, f) => n + f.asked, 0);
  const first = recommendations.slice(0, FIRST_RECOMMENDATIONS);

  const goOn = () => {
    const next = firstUnanswered(full, assessment);
    useAssessmentStore.getState().continueToFull(assessment.id, next?.fieldId ?? null);
    navigate({ name: 'questions', id: assessment.id, question: next?.questionId });
  };

  return (
    <section
      className="short-check-panel note-box"
      aria-labelledby="short-check-title"
      data-testid="short-check"
    >
      <h2 id="short-check-title">{s.name}</h2>
      <p>{s.resultsIntro(asked, progress.total)}</p>
      <h3 id="short-check-coverage">{s.coverageTitle}</h3>
      <DataTable
        label={s.coverageTitle}
        caption={s.coverageCaption}
        testId="short-check-coverage"
        columns={[t.results.field, t.results.score, s.asked, s.certainty]}
      >
        {coverage.map((f) => (
          <tr key={f.fieldId} data-field={f.fieldId}>
            <th scope="row">{titles.get(f.fieldId) ?? f.fieldId}</th>
            <td>{f.score === null ? '–' : displayScore(f.score)}</td>
            <td>{s.answeredOf(f.answered, f.asked, f.ofField)}</td>
            <td>{s.certainties[f.certainty]}</td>
          </tr>
        ))}
      </DataTable>
      <h3>{s.firstRecommendations}</h3>
      {first.length === 0 ? (
        <p>{s.noRecommendations}</p>
      ) : (
        <ol>
          {first.map((m) => (
            <li key={m.recommendation.id}>{m.recommendation.title[lang]}</li>
          ))}
        </ol>
      )}
      <p className="actions">
        <button type="button" className="button primary" onClick={goOn} aria-describedby="short-check-go-on">
          {s.continue}
        </button>
        <a className="button" href={routeHref({ name: 'projector', id: assessment.id })}>
          {t.projector.present}
        </a>
      </p>
      <p id="short-check-go-on">{s.continueHint(progress.answered, progress.total - progress.answered)}</p>
    </section>
  );
}
