import { ownValue, type AssessmentRecord } from '../../engine/assessment';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import type { Field, Questionnaire } from '../../engine/questionnaire-schema';
import type { MatchedRecommendation } from '../../engine/recommend';
import type { FieldGap } from '../../engine/gaps';
import { displayScore, levelToPoints, visibleQuestions, type FieldScore } from '../../engine/score';
import { routeHref } from '../../router/routes';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { declarationsOf, subjectWords } from '../../engine/declarations';
import { explainStrings } from '../../i18n/strings-explain';
import type { Language } from '../../engine/language';
import { useResults } from '../../services/results';
import { DataTable } from '../../components/data-table';
import { answerText, type AnswerWords } from '../../engine/answer-text';
import { formatNumber } from '../../i18n/format';

const LEVELS = [0, 1, 2, 3, 4] as const;

/**
 * The decimals a value before rounding needs so that a reader who rounds the shown number gets
 * the engine's whole points: two, more only where two would mislead (47.496 is "47,496", not
 * "47,50", which a reader would round to 48).
 */
export function decimalsToShow(n: number): number {
  for (let digits = 2; digits < 6; digits++) {
    const shown = Number(n.toFixed(digits));
    if (Math.round(shown) === displayScore(n)) return digits;
  }
  return 6;
}

/** Numbers as people read them in the chosen language, with the German decimal comma. */
function numberFormat(lang: Language) {
  const plain = (n: number) => formatNumber(n, lang, { maximumFractionDigits: 1 });
  return {
    /** 75, 1,5 */
    plain,
    /** A value before rounding: whole numbers stay whole, others get two decimals (see decimalsToShow). */
    exact: (n: number) => {
      if (Number.isInteger(n)) return plain(n);
      const digits = decimalsToShow(n);
      return formatNumber(n, lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    },
  };
}

/** "= 66,7 → 67 Punkte", or "= 50 Punkte" when nothing needs rounding. */
function resultText(value: number, fmt: ReturnType<typeof numberFormat>, unit: (s: string) => string) {
  const rounded = displayScore(value);
  return Number.isInteger(value)
    ? `= ${unit(fmt.plain(value))}`
    : `= ${fmt.exact(value)} → ${unit(String(rounded))}`;
}

/**
 * "Wie wird gerechnet?": explains, in plain words and with this assessment's own numbers, how
 * answers become points, fields and the overall score, and how gaps order the recommendations.
 */
export function ExplainScreen({
  pkg,
  assessment,
}: {
  pkg: QuestionnairePackage;
  assessment: AssessmentRecord;
}) {
  const t = useStrings();
  const lang = useLanguage();
  const s = explainStrings[lang];
  const results = useResults(pkg, assessment);
  const q = pkg.questionnaire;
  const fmt = numberFormat(lang);

  if (!results.ok)
    return (
      <div className="error-box" role="alert">
        <p>{results.error}</p>
      </div>
    );
  const { score, gaps, recommendations } = results;
  const fieldTitle = (id: string) => q.fields.find((f) => f.id === id)?.title[lang] ?? id;
  const levelName = (level: number) => q.levelNames[level]?.[lang] ?? '';
  const shownFields = score.fields.filter((f) => f.total > 0);
  const withValue = shownFields.filter((f): f is FieldScore & { score: number } => f.score !== null);
  const withoutValue = shownFields.filter((f) => f.score === null);
  const example = withValue[0];
  const exampleField = example ? q.fields.find((f) => f.id === example.fieldId) : undefined;
  const exampleGap = example ? gaps.find((g) => g.fieldId === example.fieldId) : undefined;
  const points = (p: string) => s.example.result(p);

  return (
    <div className="explain">
      <h1>{s.title}</h1>
      <p className="lead">{s.intro(assessment.profile?.municipality ?? '')}</p>

      <section aria-labelledby="explain-points">
        <h2 id="explain-points">{s.points.title}</h2>
        <p>{s.points.intro}</p>
        <DataTable
          label={s.points.title}
          caption={s.points.caption}
          className="data-table explain-levels"
          columns={[s.points.level, s.points.name, s.points.points]}
        >
          {LEVELS.map((level) => (
            <tr key={level}>
              <th scope="row">{level}</th>
              <td>{levelName(level)}</td>
              <td>{levelToPoints(level)}</td>
            </tr>
          ))}
        </DataTable>
        <p>{s.points.weight}</p>
      </section>

      <section aria-labelledby="explain-not-counted">
        <h2 id="explain-not-counted">{s.notCounted.title}</h2>
        <p>{s.notCounted.text}</p>
        <p>{s.notCounted.inThis}</p>
        <ul data-testid="explain-counts">
          <li>{s.notCounted.scored(score.counts.scored, score.counts.total)}</li>
          <li>{s.notCounted.dontKnow(score.counts.dontKnow)}</li>
          <li>{s.notCounted.notApplicable(score.counts.notApplicable)}</li>
          <li>{s.notCounted.open(score.counts.unanswered)}</li>
        </ul>
        <p>{s.notCounted.dontKnowHint}</p>
        <p>{s.notCounted.noValue}</p>
        <p>
          {withoutValue.length
            ? s.notCounted.noValueFields(withoutValue.map((f) => `„${fieldTitle(f.fieldId)}“`).join(', '))
            : s.notCounted.allHaveValue}
        </p>
      </section>

      <section aria-labelledby="explain-example">
        <h2 id="explain-example">{s.example.title}</h2>
        {example && exampleField ? (
          <WorkedExample
            field={exampleField}
            fieldScore={example}
            assessment={assessment}
            levelNames={q.levelNames}
            lang={lang}
            dontKnow={t.survey.dontKnow[lang]}
            notApplicable={t.survey.notApplicable[lang]}
          />
        ) : (
          <p>{s.example.none}</p>
        )}
      </section>

      <section aria-labelledby="explain-total">
        <h2 id="explain-total">{s.total.title}</h2>
        {score.overall === null ? (
          <p>{s.total.none}</p>
        ) : (
          <>
            <p>{s.total.text(withValue.length)}</p>
            <p className="note-box explain-calculation" data-testid="total-calculation">
              <span className="visually-hidden">{s.example.calculation}: </span>(
              {withValue.map((f) => fmt.exact(f.score)).join(' + ')}) ÷ {withValue.length}{' '}
              {resultText(score.overall, fmt, points)}
            </p>
            <p>{s.total.note}</p>
          </>
        )}
        <p>{s.total.bandIntro(subjectWords(declarationsOf(q).subject, lang), q.bands.length)}</p>
        <DataTable
          label={s.total.caption}
          caption={s.total.caption}
          className="data-table explain-bands"
          columns={[s.total.band, s.total.range, s.total.meaning, s.total.yours]}
        >
          {q.bands.map((band, i) => {
            const current = score.band === band && score.overall !== null;
            return (
              <tr key={band.from} aria-current={current ? 'true' : undefined}>
                <th scope="row">{current ? <strong>{band.name[lang]}</strong> : band.name[lang]}</th>
                <td>{s.total.rangeText(band.from, q.bands[i + 1]?.from ?? null)}</td>
                <td>{band.description[lang]}</td>
                <td>
                  {current && score.overall !== null ? (
                    <strong>◀ {s.total.here(displayScore(score.overall))}</strong>
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      </section>

      <section aria-labelledby="explain-targets">
        <h2 id="explain-targets">{s.targets.title}</h2>
        <p>{s.targets.text}</p>
        {example && exampleGap && exampleGap.gap !== null && (
          <p data-testid="target-example">
            {s.targets.example(
              fieldTitle(example.fieldId),
              exampleGap.targetLevel,
              levelName(exampleGap.targetLevel),
              exampleGap.target,
              displayScore(example.score),
              displayScore(exampleGap.gap),
            )}
          </p>
        )}
        <h3>{s.targets.recsTitle}</h3>
        <p>{s.targets.recs}</p>
        <p className="note-box">{s.targets.recsRule}</p>
        <RecommendationExample pkg={pkg} first={recommendations[0]} gaps={gaps} lang={lang} fmt={fmt} />
      </section>

      <p>
        <a href={routeHref({ name: 'results', id: assessment.id })}>{s.backToResults}</a>
      </p>
    </div>
  );
}

/** The table of one field's answers and its weighted mean written out with the actual numbers. */
function WorkedExample({
  field,
  fieldScore,
  assessment,
  levelNames,
  lang,
  dontKnow,
  notApplicable,
}: {
  field: Field;
  fieldScore: FieldScore & { score: number };
  assessment: AssessmentRecord;
  levelNames: Questionnaire['levelNames'];
  lang: Language;
  dontKnow: string;
  notApplicable: string;
}) {
  const s = explainStrings[lang];
  const fmt = numberFormat(lang);
  const words: AnswerWords = {
    level: (level, name) => `${s.points.level} ${level} – ${name}`,
    dontKnow,
    notApplicable,
    none: s.example.unanswered,
  };
  const questions = visibleQuestions(field, assessment.profile?.kind);
  const scored = questions.flatMap((question) => {
    const a = ownValue(assessment.answers, question.id);
    return typeof a === 'number' ? [{ question, points: levelToPoints(a) }] : [];
  });
  const terms = scored.map((x) => `${fmt.plain(x.question.weight)} × ${x.points}`).join(' + ');
  const weights = scored.map((x) => fmt.plain(x.question.weight)).join(' + ');
  // score × weightSum is the engine's weighted sum, so the line adds up to the engine's result.
  const weightedSum = fieldScore.score * fieldScore.weightSum;

  return (
    <>
      <p>{s.example.intro(field.title[lang])}</p>
      <DataTable
        label={s.example.caption(field.title[lang])}
        caption={s.example.caption(field.title[lang])}
        className="data-table explain-example"
        testId="worked-example"
        columns={[s.example.question, s.example.answer, s.example.points, s.example.weight]}
      >
        {questions.map((question) => {
          const a = ownValue(assessment.answers, question.id);
          const shown = answerText(a, words, lang, levelNames);
          return (
            <tr key={question.id}>
              <th scope="row">{question.title[lang]}</th>
              <td>{shown}</td>
              <td>{typeof a === 'number' ? levelToPoints(a) : s.example.notCounted}</td>
              <td>{fmt.plain(question.weight)}</td>
            </tr>
          );
        })}
      </DataTable>
      <p className="note-box explain-calculation" data-testid="worked-calculation">
        <span className="visually-hidden">{s.example.calculation}: </span>({terms}) ÷ ({weights}) ={' '}
        {fmt.plain(weightedSum)} ÷ {fmt.plain(fieldScore.weightSum)}{' '}
        {resultText(fieldScore.score, fmt, s.example.result)}
      </p>
      <p>{s.example.rounding}</p>
    </>
  );
}

/** Shows how the first recommendation's urgency comes about, from the reason that gave it. */
function RecommendationExample({
  pkg,
  first,
  gaps,
  lang,
  fmt,
}: {
  pkg: QuestionnairePackage;
  first: MatchedRecommendation | undefined;
  gaps: FieldGap[];
  lang: Language;
  fmt: ReturnType<typeof numberFormat>;
}) {
  if (!first || first.priority <= 0) return null;
  const s = explainStrings[lang].targets;
  const q = pkg.questionnaire;
  const title = first.recommendation.title[lang];
  // The urgency is the strongest of the reasons: show the reason whose factors give it.
  for (const reason of first.reasons) {
    const field = q.fields.find((f) => f.id === reason.fieldId);
    const gap = gaps.find((g) => g.fieldId === reason.fieldId);
    if (!field || !gap) continue;
    if (reason.kind === 'question') {
      const question = field.questions.find((qu) => qu.id === reason.questionId);
      if (!question) continue;
      const product = Math.max(0, gap.targetLevel - reason.level) * question.weight * field.weight;
      if (Math.abs(product - first.priority) > 1e-9) continue;
      return (
        <p data-testid="recommendation-example">
          {s.questionExample(
            title,
            question.title[lang],
            reason.level,
            gap.targetLevel,
            fmt.plain(question.weight),
            fmt.plain(field.weight),
            fmt.plain(first.priority),
          )}
        </p>
      );
    }
    const product = (Math.max(0, gap.target - reason.score) / 25) * field.weight;
    if (Math.abs(product - first.priority) > 1e-9) continue;
    return (
      <p data-testid="recommendation-example">
        {s.fieldExample(
          title,
          field.title[lang],
          fmt.plain(gap.target),
          fmt.exact(reason.score),
          fmt.plain(field.weight),
          fmt.exact(first.priority),
        )}
      </p>
    );
  }
  return null;
}
