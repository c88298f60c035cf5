import { useEffect, useId, useState } from 'react';
import { choiceLabel, declarationsOf } from '../../engine/declarations';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import type { MatchedRecommendation } from '../../engine/recommend';
import { displayScore } from '../../engine/score';
import { formatMonth } from '../../i18n/format';
import { summaryStrings } from '../../i18n/strings-summary';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { FormRow } from '../../components/form-row';

/** A request to open one recommendation and move the focus to it; `n` tells two requests for the same one apart. */
export interface RevealRequest {
  id: string;
  n: number;
}

const headingId = (uid: string, id: string) => `${uid}-rec-${id}`;

/**
 * Matched recommendations, filterable by field and horizon. Each shows its title, field, effort,
 * horizon, who acts and its reason; first steps, why and sources open on request (a native
 * <details>), and "In den Maßnahmenplan" stays in reach while it is closed.
 */
export function RecommendationList({
  pkg,
  recommendations,
  plannedIds,
  onAddToPlan,
  reveal,
}: {
  pkg: QuestionnairePackage;
  recommendations: MatchedRecommendation[];
  plannedIds: Set<string>;
  onAddToPlan: (m: MatchedRecommendation) => void;
  /** Set by the summary: open this recommendation, clearing a filter that hides it. */
  reveal: RevealRequest | null;
}) {
  const t = useStrings();
  const lang = useLanguage();
  const s = summaryStrings[lang];
  const uid = useId();
  const [field, setField] = useState('');
  const [horizon, setHorizon] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [revealed, setRevealed] = useState<RevealRequest | null>(null);
  const q = pkg.questionnaire;
  const { vocabularies, themeLabel } = declarationsOf(q);
  const fields = new Map(q.fields.map((f) => [f.id, f]));
  const questions = new Map(q.fields.flatMap((f) => f.questions.map((qu) => [qu.id, qu] as const)));
  const themes = new Map(q.themes.map((th) => [th.id, th]));
  const fieldTitle = (id: string) => fields.get(id)?.title[lang] ?? id;
  const questionTitle = (id: string) => questions.get(id)?.title[lang] ?? id;
  const themeTitle = (id: string) => themes.get(id)?.title[lang] ?? id;
  const sources = new Map(pkg.sources.map((src) => [src.id, src]));
  const perField = new Map<string, number>();
  for (const m of recommendations)
    perField.set(m.recommendation.field, (perField.get(m.recommendation.field) ?? 0) + 1);
  const fieldsWithRecs = q.fields.filter((f) => perField.has(f.id));
  const passes = (r: MatchedRecommendation['recommendation']) =>
    (!field || r.field === field) && (!horizon || r.horizon === horizon);
  const shown = recommendations.filter(({ recommendation: r }) => passes(r));

  // A new request from the summary: adjust the state while rendering (React's pattern for state
  // that follows a prop), so that the item is open and shown when the effect below focuses it.
  if (reveal !== revealed) {
    setRevealed(reveal);
    const target = reveal && recommendations.find((m) => m.recommendation.id === reveal.id);
    if (reveal && target) {
      if (!passes(target.recommendation)) {
        setField('');
        setHorizon('');
      }
      setOpen((prev) => new Set(prev).add(reveal.id));
    }
  }
  useEffect(() => {
    if (reveal) document.getElementById(headingId(uid, reveal.id))?.focus();
  }, [reveal, uid]);
  const toggle = (id: string, isOpen: boolean) =>
    setOpen((prev) => {
      if (prev.has(id) === isOpen) return prev;
      const next = new Set(prev);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });

  if (recommendations.length === 0) return <p>{t.results.noRecommendations}</p>;
  return (
    <>
      <div className="filters">
        <FormRow id={`${uid}-field`} label={t.results.filterField}>
          <select id={`${uid}-field`} value={field} onChange={(e) => setField(e.target.value)}>
            <option value="">{t.results.filterAll}</option>
            {fieldsWithRecs.map((f) => (
              <option key={f.id} value={f.id}>
                {s.filterOption(f.title[lang], perField.get(f.id) ?? 0)}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow id={`${uid}-horizon`} label={t.results.filterHorizon}>
          <select id={`${uid}-horizon`} value={horizon} onChange={(e) => setHorizon(e.target.value)}>
            <option value="">{t.results.filterAll}</option>
            {vocabularies.horizons.map((h) => (
              <option key={h.id} value={h.id}>
                {h.label[lang]}
              </option>
            ))}
          </select>
        </FormRow>
      </div>
      <p role="status">{t.results.shown(shown.length, recommendations.length)}</p>
      {shown.length === 0 && <p>{t.results.noMatchingRecommendations}</p>}
      <ol className="recommendations">
        {shown.map(({ recommendation: r, reasons }, i) => {
          const planned = plannedIds.has(r.id);
          return (
            <li key={r.id} className="recommendation" data-testid="recommendation">
              <h3 id={headingId(uid, r.id)} tabIndex={-1}>
                {r.title[lang]}
              </h3>
              <p className="meta">
                {fieldTitle(r.field)} · {t.results.effort}:{' '}
                {choiceLabel(vocabularies.efforts, r.effort, lang)} · {t.results.horizon}:{' '}
                {choiceLabel(vocabularies.horizons, r.horizon, lang)} · {t.results.actors}:{' '}
                {r.actors.map((a) => choiceLabel(vocabularies.actors, a, lang)).join(', ')}
              </p>
              <p className="recommendation-reason">
                <strong>{t.results.because}: </strong>
                {reasons
                  .map((reason) =>
                    reason.kind === 'question'
                      ? t.results.questionReason(questionTitle(reason.questionId), reason.level)
                      : t.results.fieldReason(fieldTitle(reason.fieldId), displayScore(reason.score)),
                  )
                  .join('; ')}
              </p>
              <div className="recommendation-foot">
                <details open={open.has(r.id)} onToggle={(e) => toggle(r.id, e.currentTarget.open)}>
                  <summary>
                    {s.details}
                    <span className="visually-hidden">{s.detailsFor(r.title[lang])}</span>
                  </summary>
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
                    {themeLabel[lang]}: {r.themes.map((th) => `${th} ${themeTitle(th)}`).join('; ')}
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
                              <span className="small-note">
                                {t.results.sourceChecked(formatMonth(src.checked, lang))}
                              </span>
                            </li>
                          ) : null;
                        })}
                      </ul>
                    </>
                  )}
                </details>
                <button
                  type="button"
                  className="button"
                  disabled={planned}
                  onClick={() => onAddToPlan({ recommendation: r, reasons, priority: i })}
                  aria-label={`${planned ? t.results.inPlan : t.results.addToPlan}: ${r.title[lang]}`}
                >
                  {planned ? `✓ ${t.results.inPlan}` : t.results.addToPlan}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
