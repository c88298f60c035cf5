import { useMemo, useState } from 'react';
import { DONT_KNOW } from '../../engine/assessment';
import type { MatchedRecommendation } from '../../engine/recommend';
import { targetReached } from '../../engine/gaps';
import { displayScore } from '../../engine/score';
import { assessmentToCsv } from '../../engine/csv-export';
import { downloadText, safeFileName } from '../../components/download';
import type { AssessmentView } from '../../components/package-gate';
import { RadarChart, type RadarData } from '../../components/radar-chart';
import { routeHref } from '../../components/route';
import { useLanguage, useStrings } from '../../components/use-strings';
import { Section } from '../../components/section';
import { StatusLine } from '../../components/status-line';
import { formatMonth } from '../../i18n/format-month';
import { useAssessmentStore } from '../../store/assessment-store';
import { exportText } from '../../store/backup';
import { useResults } from '../../store/results';
import { ActionPlan } from './action-plan';
import { RecommendationList } from './recommendation-list';
import { DataTable } from '../../components/data-table';
import { ScrollBox } from '../../components/scroll-box';

/** The results dashboard: overall score and band, Ist/Soll per field with editable targets, open questions, recommendations and the action plan. */
export function ResultsScreen({ pkg, assessment }: AssessmentView) {
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
      <StatusLine text={status} />

      <Section title={t.results.overall} className="overall">
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
      </Section>

      <Section title={t.results.fieldsTitle} className="fields-section">
        <p>{t.results.fieldsIntro}</p>
        <div className="fields-layout">
          <figure className="chart-figure">
            <ScrollBox kind="chart" label={t.results.chartTitle}>
              <RadarChart data={radar} description={chartText} />
            </ScrollBox>
            <figcaption>{t.results.chartTitle}</figcaption>
          </figure>
          <DataTable
            label={t.results.fieldsTitle}
            columns={[
              t.results.field,
              t.results.score,
              t.results.targetLevel,
              t.results.target,
              t.results.gap,
              t.results.answered,
            ]}
          >
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
                  <td data-testid={`field-target-${f.fieldId}`}>{gap ? displayScore(gap.target) : '–'}</td>
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
          </DataTable>
        </div>
      </Section>

      <Section title={t.results.unclearTitle}>
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
      </Section>

      <Section title={t.results.recommendationsTitle}>
        <p>{t.results.recommendationsIntro}</p>
        <RecommendationList
          pkg={pkg}
          recommendations={recommendations}
          plannedIds={plannedIds}
          onAddToPlan={addToPlan}
        />
      </Section>

      <Section title={t.plan.title}>
        <p>{t.plan.intro}</p>
        <ActionPlan assessmentId={id} plan={assessment.plan} />
      </Section>
    </div>
  );
}
