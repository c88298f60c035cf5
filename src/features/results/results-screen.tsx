import { useMemo, useState } from 'react';
import { roundScope } from '../../engine/short-check';
import type { MatchedRecommendation } from '../../engine/recommend';
import { displayScore } from '../../engine/score';
import { assessmentToCsv } from '../../engine/csv-export';
import { today } from '../../engine/dates';
import { downloadText, safeFileName } from '../../utils/download';
import { DocumentButtons } from '../../components/document-buttons';
import type { RadarData } from '../../components/radar-chart';
import { routeHref } from '../../router/routes';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { formatMonth } from '../../i18n/format';
import { summaryStrings } from '../../i18n/strings-summary';
import { useAssessmentStore } from '../../store/assessment-store';
import { exportText } from '../../services/backup';
import { useResults } from '../../services/results';
import type { RoundResultProps } from '../../services/round-questionnaire';
import { ActionPlan } from './action-plan';
import { FieldTable } from './field-table';
import { RecommendationList, type RevealRequest } from './recommendation-list';
import { ResultSummaryPanel } from './result-summary';
import { ShortCheckPanel } from './short-check-panel';
import './results.css';
import { csvLabels } from '../../i18n/strings-csv';

/** Moves the focus (and so the view) to a heading further down this screen. */
const focusHeading = (id: string) => document.getElementById(id)?.focus();

/**
 * The results dashboard. First the summary, on one laptop screen ("Auf einen Blick"); then in full:
 * Ist/Soll per field with editable targets, the open questions, all recommendations (collapsed,
 * filterable by field), the action plan, and the sheet and Word documents for the council.
 */
export function ResultsScreen({ pkg, full, assessment }: RoundResultProps) {
  const t = useStrings();
  const lang = useLanguage();
  const s = summaryStrings[lang];
  const results = useResults(pkg, assessment);
  const { addPlanItem } = useAssessmentStore.getState();
  const [status, setStatus] = useState('');
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [preparedOn] = useState(today);
  const q = pkg.questionnaire;
  const id = assessment.id;

  const visibleFields = useMemo(
    () => (results.ok ? results.score.fields.filter((f) => f.total > 0) : []),
    [results],
  );
  const gaps = useMemo(() => (results.ok ? results.gaps : []), [results]);
  const { current: currentLabel, target: targetLabel } = t.results;
  const radar = useMemo((): RadarData => {
    const titles = new Map(q.fields.map((f) => [f.id, f.title[lang]]));
    const targets = new Map(gaps.map((g) => [g.fieldId, g.target]));
    return {
      labels: visibleFields.map((f) => titles.get(f.fieldId) ?? f.fieldId),
      current: visibleFields.map((f) => (f.score === null ? null : displayScore(f.score))),
      target: visibleFields.map((f) => targets.get(f.fieldId) ?? 0),
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
  const { score, recommendations, summary } = results;
  const isShortCheck = roundScope(assessment) === 'short';
  const here = routeHref({ name: 'results', id });
  const fileBase = `digitalkompass-${safeFileName(`${assessment.profile?.municipality ?? ''}-${assessment.label}`)}`;
  const fields = new Map(q.fields.map((f) => [f.id, f]));
  const questions = new Map(q.fields.flatMap((f) => f.questions.map((qu) => [qu.id, qu] as const)));
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
      <h1>
        {(isShortCheck ? t.shortCheck.resultsTitle : t.results.title)(assessment.profile?.municipality ?? '')}
      </h1>
      <p role="status" className="status-line">
        {status}
      </p>
      {isShortCheck && (
        <ShortCheckPanel
          assessment={assessment}
          full={full}
          score={score}
          recommendations={recommendations}
        />
      )}

      <ResultSummaryPanel
        pkg={pkg}
        score={score}
        summary={summary}
        recommendationCount={recommendations.length}
        radar={radar}
        chartText={chartText}
        href={here}
        onShowRecommendation={(rid) => setReveal((r) => ({ id: rid, n: (r?.n ?? 0) + 1 }))}
        onShowRecommendations={() => focusHeading('recs-title')}
        onShowOpenQuestions={() => focusHeading('unclear-title')}
      />

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
            downloadText(
              `${fileBase}.csv`,
              assessmentToCsv(pkg, assessment, csvLabels(t, lang)),
              'text/csv;charset=utf-8',
            )
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

      <section aria-labelledby="fields-title" className="fields-section">
        <h2 id="fields-title">{t.results.fieldsTitle}</h2>
        <p>{t.results.fieldsIntro}</p>
        <FieldTable assessmentId={id} questionnaire={q} fields={visibleFields} gaps={gaps} />
      </section>

      <section aria-labelledby="unclear-title">
        <h2 id="unclear-title" tabIndex={-1}>
          {t.results.unclearTitle}
        </h2>
        {summary.openQuestions.length === 0 ? (
          <p>{t.results.unclearNone}</p>
        ) : (
          <>
            <p>{t.results.unclearIntro}</p>
            <ul className="unclear-list" data-testid="unclear-list">
              {summary.openQuestions.map(({ fieldId, questionIds }) => (
                <li key={fieldId}>
                  <strong>{fields.get(fieldId)?.title[lang] ?? fieldId}</strong>
                  <ul>
                    {questionIds.map((qid) => (
                      <li key={qid}>{questions.get(qid)?.title[lang] ?? qid}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="recs-title">
        <h2 id="recs-title" tabIndex={-1}>
          {t.results.recommendationsTitle}
        </h2>
        <p>{t.results.recommendationsIntro}</p>
        <RecommendationList
          pkg={pkg}
          recommendations={recommendations}
          plannedIds={plannedIds}
          onAddToPlan={addToPlan}
          reveal={reveal}
        />
      </section>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t.plan.title}</h2>
        <p>{t.plan.intro}</p>
        <ActionPlan assessmentId={id} plan={assessment.plan} />
      </section>

      <section aria-labelledby="documents-title" className="no-print">
        <h2 id="documents-title">{s.documentsTitle}</h2>
        <p>{s.documentsIntro}</p>
        <DocumentButtons assessment={assessment} pkg={pkg} results={results} today={preparedOn} full={full} />
      </section>
    </div>
  );
}
