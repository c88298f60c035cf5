import { useEffect, useRef, useState, type RefObject } from 'react';
import { displayScore } from '../../engine/score';
import { roundScope } from '../../engine/short-check';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { navigate } from '../../router/use-route';
import { useResults } from '../../services/results';
import type { RoundResultProps } from '../../services/round-questionnaire';
import { useAssessmentStore } from '../../store/assessment-store';
import { useFieldSurvey } from './use-field-survey';
import './projector.css';

/** How many recommendations the last slide names. */
const FIRST_RECOMMENDATIONS = 3;

/** True when the arrow keys belong to what has the focus (a radio group, a text field, a list). */
const arrowsBelongTo = (el: EventTarget | null) =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;

/**
 * The projector view for a meeting: the questions one field per screen in large type, then the
 * result one slide per field. → and ← move on and back (unless an answer has the focus, where they
 * choose the level), Esc leaves. Answers go into the store as in the normal view.
 */
export function ProjectorScreen({ pkg, assessment }: Omit<RoundResultProps, 'full'>) {
  const t = useStrings();
  const lang = useLanguage();
  const p = t.projector;
  const q = pkg.questionnaire;
  const id = assessment.id;
  const [slide, setSlide] = useState<number | null>(null);
  const { pages, index, page, survey, heading, go } = useFieldSurvey(q, assessment);
  const results = useResults(pkg, assessment);
  const slideHeading = useRef<HTMLHeadingElement>(null);

  // The app's header and footer step aside (projector.css) while the view is open.
  useEffect(() => {
    document.documentElement.classList.add('projector-mode');
    return () => document.documentElement.classList.remove('projector-mode');
  }, []);

  // The focus at the start of what is shown: on opening, and between the questions and the result.
  useEffect(() => {
    (slide === null ? heading : slideHeading).current?.focus();
  }, [slide, heading]);

  const fields = results.ok ? results.score.fields.filter((f) => f.total > 0) : [];
  const slides = 2 + fields.length;
  const leave = () => navigate(slide === null ? { name: 'questions', id } : { name: 'results', id });
  const move = (delta: 1 | -1) => {
    if (slide !== null) {
      const nextSlide = slide + delta;
      if (nextSlide < 0) setSlide(null);
      else if (nextSlide < slides) setSlide(nextSlide);
      return;
    }
    const target = pages[index + delta];
    if (target) go(target.name);
    else if (delta === 1) {
      useAssessmentStore.getState().markCompleted(id);
      setSlide(0);
    }
  };
  // Listened to on the window (the focus may be anywhere in the view), anew with each render's move.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') leave();
      else if ((e.key === 'ArrowRight' || e.key === 'PageDown') && !arrowsBelongTo(e.target)) {
        e.preventDefault();
        move(1);
      } else if ((e.key === 'ArrowLeft' || e.key === 'PageUp') && !arrowsBelongTo(e.target)) {
        e.preventDefault();
        move(-1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const titles = new Map(q.fields.map((f) => [f.id, f.title[lang]]));
  const where =
    slide === null
      ? p.fieldOf(index + 1, pages.length, page?.title[lang] ?? '')
      : p.slideOf(slide + 1, slides);

  return (
    <div className="projector" data-testid="projector">
      {/* Says where the view is now, also when the arrow keys moved it. */}
      <p className="visually-hidden" aria-live="polite" data-testid="projector-live">
        {where}
      </p>
      {slide === null ? (
        <>
          <h1 ref={heading} tabIndex={-1} className="projector-where">
            {where}
          </h1>
          {survey}
        </>
      ) : (
        <section className="projector-slide" aria-labelledby="projector-slide-title">
          {results.ok && (
            <ResultSlide
              slide={slide}
              results={results}
              fields={fields}
              titles={titles}
              isShortCheck={roundScope(assessment) === 'short'}
              municipality={assessment.profile?.municipality ?? ''}
              headingRef={slideHeading}
            />
          )}
          <p className="projector-where-small">{where}</p>
        </section>
      )}
      <div className="projector-buttons">
        <button
          type="button"
          className="button"
          onClick={() => move(-1)}
          disabled={slide === null && index === 0}
        >
          {slide === 0 ? p.backToQuestions : t.questionnaire.previous}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => move(1)}
          disabled={slide !== null && slide === slides - 1}
        >
          {slide === null && index === pages.length - 1 ? p.showResult : t.questionnaire.next}
        </button>
        <button type="button" className="button" onClick={leave}>
          {p.leave}
        </button>
      </div>
      <p className="projector-hint">{p.hint}</p>
    </div>
  );
}

/** One slide of the result: the overall value, one field, or the first recommendations. */
function ResultSlide({
  slide,
  results,
  fields,
  titles,
  isShortCheck,
  municipality,
  headingRef,
}: {
  slide: number;
  results: Extract<ReturnType<typeof useResults>, { ok: true }>;
  fields: Extract<ReturnType<typeof useResults>, { ok: true }>['score']['fields'];
  titles: ReadonlyMap<string, string>;
  isShortCheck: boolean;
  municipality: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const t = useStrings();
  const lang = useLanguage();
  const p = t.projector;
  const { score, gaps, recommendations } = results;
  const title = (text: string) => (
    <h1 id="projector-slide-title" ref={headingRef} tabIndex={-1}>
      {text}
    </h1>
  );
  if (slide === 0)
    return (
      <>
        {title((isShortCheck ? t.shortCheck.resultsTitle : t.results.title)(municipality))}
        <p className="projector-figure" data-testid="projector-overall">
          {score.overall === null ? t.results.noScore : `${displayScore(score.overall)} ${t.results.outOf}`}
        </p>
        {score.band && <p>{`${t.results.band}: ${score.band.name[lang]}`}</p>}
      </>
    );
  const field = fields[slide - 1];
  if (field) {
    const gap = gaps.find((g) => g.fieldId === field.fieldId);
    return (
      <>
        {title(titles.get(field.fieldId) ?? field.fieldId)}
        <p className="projector-figure" data-testid="projector-field-score">
          {`${p.current}: ${field.score === null ? t.results.noScore : p.points(displayScore(field.score))}`}
        </p>
        {gap && <p>{`${p.target}: ${p.points(displayScore(gap.target))}`}</p>}
        <p>{p.answered(field.total - field.unanswered, field.total)}</p>
      </>
    );
  }
  const first = recommendations.slice(0, FIRST_RECOMMENDATIONS);
  return (
    <>
      {title(t.shortCheck.firstRecommendations)}
      {first.length === 0 ? (
        <p>{t.shortCheck.noRecommendations}</p>
      ) : (
        <ol>
          {first.map((m) => (
            <li key={m.recommendation.id}>{m.recommendation.title[lang]}</li>
          ))}
        </ol>
      )}
    </>
  );
}
