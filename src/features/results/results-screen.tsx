import { useMemo, useState } from 'react';
import { DONT_KNOW, type AssessmentRecord } from '../../engine/assessment';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import type { MatchedRecommendation } from '../../engine/recommend';
import { targetReached } from '../../engine/gaps';
import { displayScore } from '../../engine/score';
import { assessmentToCsv } from '../../engine/csv-export';
import { downloadText, safeFileName } from '../../utils/download';
import { RadarChart, type RadarData } from '../../components/radar-chart';
import { routeHref } from '../../router/routes';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { formatMonth } from '../../i18n/format';
import { useAssessmentStore } from '../../store/assessment-store';
import { exportText } from '../../services/backup';
import { useResults } from '../../services/results';
import { ActionPlan } from './action-plan';
import { RecommendationList } from './recommendation-list';
import { ScrollBox } from '../../components/scroll-box';

/** The results dashboard: overall score and band, Ist/Soll per field with editable targets, open questions, recommendations and the action plan. */
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
  const { setTarget, addPlanItem } = useAssessmentStore.getState();
  const [status, setStatus] = useState('');
  const q = pkg.questionnaire;
  const id = assessment.id;

  const visibleFields = useMemo(
    () => (results.ok ? results.score.fields.filter((f) => f.total > 0) : []),
    [results],
  );
  const gaps = useMemo(() => (results.ok ? results.gaps : []), [results]);
  const { current: currentLabel, target: targetLabel } = t.results;
  const radar = useMemo((): RadarData => {
    const rows = visibleFields.map((f) => ({
      label: q.fields.find((x) => x.id === f.fieldId)?.title[lang] ?? f.fieldId,
      current: f.score,
      target: gaps.find((g) => g.fieldId === f.fieldId)?.target ?? 0,
    }));
    return {
      labels: rows.map((r) => r.label),
      current: rows.map((r) => (r.current === null ? null : displayScore(r.current))),
      target: rows.map((r) => r.target),
      currentLabel,
      targetLabel,
    };
  }, [visibleFields, gaps, q, lang, currentLabel, targetLabel]);

  if (!results.ok)
    return (
      <div className="error-box" role="alert">
        <p>{results.error}</p>
      </div>
    );
  const { score, recommendations } = results;
  const fileBase = `digitalkompass-${safeFileName(`${assessment.profile?.municipality ?? ''}-${assessment.label}`)}`;
  const fieldTitle = (fid: string) => q.fields.find((f) => f.id === fid)?.title[lang] ?? fid;
  const unclear = q.fields
    .map((f) => ({
      field: f,
      questions: f.questions.filter((qu) => assessment.answers[qu.id] === DONT_KNOW),
    }))
    .filter((x) => x.questions.length > 0);
  const plannedIds = new Set(
    assessment.plan.flatMap((p) => (p.recommendationId ? [p.recommendationId] : [])),
  );
  const chartText = t.results.chartDescription(
    radar.labels
      .map((l, i) =>
        t.results.chartPart(
          l,
          radar.current[i] == null ? t.results.noScore : String(radar.current[i]),
          radar.target[i] ?? 0,
        ),
      )
      .join('; '),
  );

  const addToPlan = (m: MatchedRecommendation) => {
    addPlanItem(id, {
      recommendationId: m.recommendation.id,
      title: m.recommendation.title[lang],
      owner: '',
      due: '',
      status: 'offen',
      note: '',
    });
    setStatus(t.plan.added(m.recommendation.title[lang]));
  };

  return (
    <div className="results">
      <h1>{t.results.title(assessment.profile?.municipality ?? '')}</h1>
      {q.asOf && (
        <p className="content-as-of" data-testid="content-as-of">
          {t.results.contentAsOf(formatMonth(q.asOf, lang))}
        </p>
      )}
      <p className="no-print actions">
        <a href={routeHref({ name: 'explain', id })}>{t.results.explainLink}</a>
        <a href={routeHref({ name: 'print', id })}>{t.results.printLink}</a>
        <a href={routeHref({ name: 'questions', id })}>{t.results.backToQuestions}</a>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            downloadText(`${fileBase}.csv`, assessmentToCsv(pkg, assessment, lang), 'text/csv;charset=utf-8')
          }
        >
          {t.data.csv}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => downloadText(`${fileBase}.json`, exportText([assessment]), 'application/json')}
        >
          {t.data.exportOne}
        </button>
      </p>
      <p role="status" className="status-line">
        {status}
      </p>

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
        {score.overall === null && <p>{t.results.noScoreHint}</p>}
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

      <section aria-labelledby="fields-title" className="fields-section">
        <h2 id="fields-title">{t.results.fieldsTitle}</h2>
        <p>{t.results.fieldsIntro}</p>
        <div className="fields-layout">
          <figure className="chart-figure">
            <ScrollBox kind="chart" label={t.results.chartTitle}>
              <RadarChart data={radar} description={chartText} />
            </ScrollBox>
            <figcaption>{t.results.chartTitle}</figcaption>
          </figure>
          <ScrollBox label={t.results.fieldsTitle}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.results.field}</th>
                  <th scope="col">{t.results.score}</th>
                  <th scope="col">{t.results.targetLevel}</th>
                  <th scope="col">{t.results.target}</th>
                  <th scope="col">{t.results.gap}</th>
                  <th scope="col">{t.results.answered}</th>
                </tr>
              </thead>
              <tbody>
                {visibleFields.map((f) => {
                  const gap = gaps.find((g) => g.fieldId === f.fieldId);
                  const title = fieldTitle(f.fieldId);
                  return (
                    <tr key={f.fieldId} data-field={f.fieldId}>
                      <th scope="row">{title}</th>
                      <td data-testid={`field-score-${f.fieldId}`}>
                        {f.score === null ? '–' : displayScore(f.score)}
                      </td>
                      <td>
                        <select
                          aria-label={t.results.targetLevelFor(title)}
                          value={gap?.targetLevel ?? 0}
                          onChange={(e) => setTarget(id, f.fieldId, Number(e.target.value))}
                        >
                          {q.levelNames.map((name, level) => (
                            <option key={level} value={level}>
                              {level} – {name[lang]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td data-testid={`field-target-${f.fieldId}`}>
                        {gap ? displayScore(gap.target) : '–'}
                      </td>
                      <td data-testid={`field-gap-${f.fieldId}`}>
                        {gap?.gap == null
                          ? '–'
                          : targetReached(gap.gap)
                            ? t.results.reached
                            : displayScore(gap.gap)}
                      </td>
                      <td>
                        {f.total - f.unanswered} / {f.total}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
        </div>
      </section>

      <section aria-labelledby="unclear-title">
        <h2 id="unclear-title">{t.results.unclearTitle}</h2>
        {unclear.length === 0 ? (
          <p>{t.results.unclearNone}</p>
        ) : (
          <>
            <p>{t.results.unclearIntro}</p>
            <ul className="unclear-list" data-testid="unclear-list">
              {unclear.map(({ field, questions }) => (
                <li key={field.id}>
                  <strong>{field.title[lang]}</strong>
                  <ul>
                    {questions.map((qu) => (
                      <li key={qu.id}>{qu.title[lang]}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="recs-title">
        <h2 id="recs-title">{t.results.recommendationsTitle}</h2>
        <p>{t.results.recommendationsIntro}</p>
        <RecommendationList
          pkg={pkg}
          recommendations={recommendations}
          plannedIds={plannedIds}
          onAddToPlan={addToPlan}
        />
      </section>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t.plan.title}</h2>
        <p>{t.plan.intro}</p>
        <ActionPlan assessmentId={id} plan={assessment.plan} />
      </section>
    </div>
  );
}
