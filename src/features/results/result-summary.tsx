import type { MouseEvent } from 'react';
import { targetReached } from '../../engine/gaps';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import type { FieldStanding, ResultSummary } from '../../engine/result-summary';
import { displayScore, type AssessmentScore } from '../../engine/score';
import { RadarChart, type RadarData } from '../../components/radar-chart';
import { ScrollBox } from '../../components/scroll-box';
import { summaryStrings } from '../../i18n/strings-summary';
import { useLanguage, useStrings } from '../../i18n/use-strings';

/** A link to a place further down the same screen: the hash belongs to the router, so it moves the focus itself. */
function jump(go: () => void) {
  return (e: MouseEvent) => {
    e.preventDefault();
    go();
  };
}

/**
 * "Auf einen Blick": overall score and band, the radar, the strongest and weakest fields against
 * their targets, the most urgent recommendations and the open questions, on one laptop screen.
 * The selection is the engine's (engine/result-summary.ts), the same as on the sheet and in the
 * council paper.
 */
export function ResultSummaryPanel({
  pkg,
  score,
  summary,
  recommendationCount,
  radar,
  chartText,
  onShowRecommendation,
  onShowOpenQuestions,
  onShowRecommendations,
  href,
}: {
  pkg: QuestionnairePackage;
  score: AssessmentScore;
  summary: ResultSummary;
  recommendationCount: number;
  radar: RadarData;
  chartText: string;
  /** Opens one recommendation in the full list and moves the focus there. */
  onShowRecommendation: (id: string) => void;
  onShowOpenQuestions: () => void;
  onShowRecommendations: () => void;
  /** The links' href, this screen's address: they move within it, the click handler does the moving. */
  href: string;
}) {
  const t = useStrings();
  const lang = useLanguage();
  const s = summaryStrings[lang];
  const fields = new Map(pkg.questionnaire.fields.map((f) => [f.id, f]));
  const fieldTitle = (id: string) => fields.get(id)?.title[lang] ?? id;

  const standings = (id: string, title: string, list: FieldStanding[], empty: string) => (
    <div className="summary-standing">
      <h3 id={id}>{title}</h3>
      {list.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ol aria-labelledby={id} className="summary-fields">
          {list.map((g) => (
            <li key={g.fieldId}>
              <span className="summary-field-name">{fieldTitle(g.fieldId)}</span>{' '}
              <span className="summary-numbers">
                {s.standing(displayScore(g.current), displayScore(g.target))} ·{' '}
                {targetReached(g.gap) ? s.reached : s.gap(displayScore(g.gap))}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );

  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="visually-hidden">
        {s.title}
      </h2>
      <div className="summary-overall" role="group" aria-labelledby="overall-title">
        <div>
          <h3 id="overall-title">{t.results.overall}</h3>
          <p className="overall-score" data-testid="overall-score">
            {score.overall === null ? (
              t.results.noScore
            ) : (
              <>
                <strong>{displayScore(score.overall)}</strong> {t.results.outOf}
              </>
            )}
          </p>
        </div>
        <div className="summary-band">
          {score.overall === null && <p>{t.results.noScoreHint}</p>}
          {score.band && (
            <>
              <p>
                {t.results.band}: <strong data-testid="overall-band">{score.band.name[lang]}</strong>
              </p>
              <p className="small-note">{score.band.description[lang]}</p>
            </>
          )}
        </div>
      </div>
      <div className="summary-column summary-standings">
        {standings(
          'summary-strongest',
          s.strongestTitle,
          summary.strongest,
          // One rated field is the weakest (engine/result-summary.ts): none is named twice.
          summary.weakest.length > 0 ? s.needsTwoFields : s.noFields,
        )}
        {standings('summary-weakest', s.weakestTitle, summary.weakest, s.noFields)}
      </div>

      <div className="summary-chart" role="group" aria-labelledby="summary-chart-title">
        <h3 id="summary-chart-title">{t.results.chartTitle}</h3>
        <ScrollBox kind="chart" label={t.results.chartTitle}>
          <RadarChart data={radar} description={chartText} compact />
        </ScrollBox>
      </div>

      <div className="summary-column summary-side">
        <div className="summary-top">
          <h3 id="summary-top-title">{s.topTitle(summary.topRecommendations.length)}</h3>
          {summary.topRecommendations.length === 0 ? (
            <p>{s.topNone}</p>
          ) : (
            <>
              <ol aria-labelledby="summary-top-title">
                {summary.topRecommendations.map(({ recommendation: r }) => (
                  <li key={r.id}>
                    <a href={href} onClick={jump(() => onShowRecommendation(r.id))}>
                      {r.title[lang]}
                    </a>
                  </li>
                ))}
              </ol>
              <p>
                <a href={href} onClick={jump(onShowRecommendations)}>
                  {s.allRecommendations(recommendationCount)}
                </a>
              </p>
            </>
          )}
        </div>

        <div className="summary-open" role="group" aria-labelledby="summary-open-title">
          <h3 id="summary-open-title">{s.openTitle}</h3>
          {summary.openCount === 0 ? (
            <p>{s.openNone}</p>
          ) : (
            <>
              <p data-testid="summary-open-count">
                {s.openCount(summary.openCount, summary.openQuestions.length)}
              </p>
              <p>
                <a href={href} onClick={jump(onShowOpenQuestions)}>
                  {s.openShow}
                </a>
              </p>
            </>
          )}
          <p className="small-note">
            {t.results.counts(
              score.counts.scored,
              score.counts.dontKnow,
              score.counts.notApplicable,
              score.counts.unanswered,
            )}
          </p>
        </div>
      </div>
    </section>
  );
}
