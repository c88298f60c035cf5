import { useId, useState } from 'react';
import { HORIZONS } from '../../engine/questionnaire-schema';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import type { MatchedRecommendation } from '../../engine/recommend';
import { displayScore } from '../../engine/score';
import { useLanguage, useStrings } from '../../i18n/use-strings';

/** Matched recommendations with their reasons, filterable by field and horizon. */
export function RecommendationList({
  pkg,
  recommendations,
  plannedIds,
  onAddToPlan,
}: {
  pkg: QuestionnairePackage;
  recommendations: MatchedRecommendation[];
  plannedIds: Set<string>;
  onAddToPlan: (m: MatchedRecommendation) => void;
}) {
  const t = useStrings();
  const lang = useLanguage();
  const uid = useId();
  const [field, setField] = useState('');
  const [horizon, setHorizon] = useState('');
  const q = pkg.questionnaire;
  const fieldTitle = (id: string) => q.fields.find((f) => f.id === id)?.title[lang] ?? id;
  const questionTitle = (id: string) =>
    q.fields.flatMap((f) => f.questions).find((qu) => qu.id === id)?.title[lang] ?? id;
  const themeTitle = (id: string) => q.themes.find((th) => th.id === id)?.title[lang] ?? id;
  const sources = new Map(pkg.sources.map((s) => [s.id, s]));
  const fieldsWithRecs = q.fields.filter((f) => recommendations.some((m) => m.recommendation.field === f.id));
  const shown = recommendations.filter(
    ({ recommendation: r }) => (!field || r.field === field) && (!horizon || r.horizon === horizon),
  );

  if (recommendations.length === 0) return <p>{t.results.noRecommendations}</p>;
  return (
    <>
      <div className="filters">
        <div className="form-row">
          <label htmlFor={`${uid}-field`}>{t.results.filterField}</label>
          <select id={`${uid}-field`} value={field} onChange={(e) => setField(e.target.value)}>
            <option value="">{t.results.filterAll}</option>
            {fieldsWithRecs.map((f) => (
              <option key={f.id} value={f.id}>
                {f.title[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <label htmlFor={`${uid}-horizon`}>{t.results.filterHorizon}</label>
          <select id={`${uid}-horizon`} value={horizon} onChange={(e) => setHorizon(e.target.value)}>
            <option value="">{t.results.filterAll}</option>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {t.results.horizons[h]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status">{t.results.shown(shown.length, recommendations.length)}</p>
      {shown.length === 0 && <p>{t.results.noMatchingRecommendations}</p>}
      <ol className="recommendations">
        {shown.map(({ recommendation: r, reasons }, i) => {
          const planned = plannedIds.has(r.id);
          return (
            <li key={r.id} className="recommendation" data-testid="recommendation">
              <h3>{r.title[lang]}</h3>
              <p className="meta">
                {fieldTitle(r.field)} · {t.results.effort}: {t.results.efforts[r.effort]} ·{' '}
                {t.results.horizon}: {t.results.horizons[r.horizon]} · {t.results.actors}:{' '}
                {r.actors.map((a) => t.results.actorNames[a]).join(', ')}
              </p>
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
                {r.steps.map((s, si) => (
                  <li key={si}>{s[lang]}</li>
                ))}
              </ol>
              <p>
                <strong>{t.results.why}: </strong>
                {r.why[lang]}
              </p>
              <p className="meta">
                {t.results.theme}: {r.themes.map((th) => `${th} ${themeTitle(th)}`).join('; ')}
              </p>
              {r.references.length > 0 && (
                <>
                  <h4>{t.results.references}</h4>
                  <ul className="references">
                    {r.references.map((ref) => {
                      const src = sources.get(ref);
                      return src ? (
                        <li key={ref}>
                          <a href={src.url} rel="noopener noreferrer" target="_blank">
                            {src.name[lang]}
                          </a>
                          {src.note && <span className="small-note">{src.note[lang]}</span>}
                        </li>
                      ) : null;
                    })}
                  </ul>
                </>
              )}
              <button
                type="button"
                className="button"
                disabled={planned}
                onClick={() => onAddToPlan({ recommendation: r, reasons, priority: i })}
                aria-label={`${planned ? t.results.inPlan : t.results.addToPlan}: ${r.title[lang]}`}
              >
                {planned ? `✓ ${t.results.inPlan}` : t.results.addToPlan}
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}
