import { useMemo, useState } from 'react';
import { ownValue } from '../../engine/assessment';
import { choiceLabel, declarationsOf, profileRows, subjectWords } from '../../engine/declarations';
import { progressOf } from '../../engine/progress';
import { roundScope } from '../../engine/short-check';
import { targetReached } from '../../engine/gaps';
import { displayScore, visibleQuestions } from '../../engine/score';
import { numberedRadarData, RadarImage, type RadarData } from '../../components/radar-chart';
import { routeHref } from '../../router/routes';
import { ScrollBox } from '../../components/scroll-box';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { documentStrings } from '../../i18n/strings-documents';
import { formatMonth } from '../../i18n/format';
import { printStrings } from '../../i18n/strings-print';
import { summaryStrings } from '../../i18n/strings-summary';
import { useResults } from '../../services/results';
import type { RoundResultProps } from '../../services/round-questionnaire';
import { CoatOfArmsUpload } from './coat-of-arms-upload';
import { DocumentButtons } from '../../components/document-buttons';
import { printedAnswer } from '../../components/answer-text';
import './print.css';
import { today } from '../../engine/dates';

/** How many first steps each recommendation shows on paper. */
const STEPS_ON_PAPER = 2;
/** How many recommendations a short check's sheet shows (it is one page). */
const SHORT_CHECK_RECOMMENDATIONS = 3;

/** A CSS string literal: quotes, backslashes, line breaks and "<" escaped, the name cut to 80 characters. */
function cssString(text: string): string {
  const cut = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return `"${cut.replace(/[\\"<\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** Today's date as YYYY-MM-DD in local time (not UTC, which can be yesterday after midnight). */

/**
 * The printed result sheet: profile, overall score and band, radar and field table, the top
 * recommendations, the action plan and the open questions on at most two A4 pages, printed with
 * the browser's own print dialog. An appendix with all answers and notes can be added.
 */
export function PrintView({ pkg, full, assessment }: RoundResultProps) {
  const t = useStrings();
  const lang = useLanguage();
  const p = printStrings[lang];
  const results = useResults(pkg, assessment);
  const [withAppendix, setWithAppendix] = useState(false);
  const [printedOn] = useState(today);
  const q = pkg.questionnaire;
  const declarations = declarationsOf(q);
  const kind = assessment.profile?.kind;
  const fieldTitle = (id: string) => q.fields.find((f) => f.id === id)?.title[lang] ?? id;
  const ss = summaryStrings[lang];

  // Numbers on the axes: the table next to the radar carries the same numbers with the names.
  const radar = useMemo(
    (): RadarData | null =>
      results.ok ? numberedRadarData(results.score, results.gaps, p.currentLabel, p.targetLabel) : null,
    [results, p],
  );

  if (!results.ok || !radar)
    return (
      <div className="error-box" role="alert">
        <p>{results.ok ? '' : results.error}</p>
      </div>
    );
  const { score, gaps, recommendations, summary } = results;
  const profile = assessment.profile;
  const shownFields = score.fields.filter((f) => f.total > 0);
  const isShortCheck = roundScope(assessment) === 'short';
  // The same selection as the summary on the results screen (engine/result-summary.ts); a short
  // check's sheet names its first recommendations only, so that it stays on one page.
  const top = isShortCheck
    ? summary.topRecommendations.slice(0, SHORT_CHECK_RECOMMENDATIONS)
    : summary.topRecommendations;
  const questionsById = new Map(q.fields.flatMap((f) => f.questions.map((qu) => [qu.id, qu] as const)));
  const clarify = summary.openQuestions.flatMap(({ fieldId, questionIds }) => {
    const field = q.fields.find((f) => f.id === fieldId);
    return field ? [{ field, questions: questionIds.flatMap((id) => questionsById.get(id) ?? []) }] : [];
  });
  // A running head on every page after the first (print.css): the municipality and "Seite n von m".
  // The :first rule comes after it on purpose: Chromium (156) decides between margin-box rules by
  // their order, not by :first's higher specificity, so one in print.css would lose to this one.
  const runningHead =
    `@page { @top-left { content: ${cssString(p.runningHead(profile?.municipality ?? ''))}; } ` +
    `@top-right { content: ${cssString(p.pageWord)} counter(page) ${cssString(p.ofWord)} counter(pages); } } ` +
    `@page :first { @top-left { content: none; } @top-right { content: none; } }`;
  const chartAlt = p.chartAlt(
    shownFields
      .map((f, i) => {
        const current = radar.current[i];
        return p.chartSummaryItem(
          `${i + 1} ${fieldTitle(f.fieldId)}`,
          current == null ? '–' : String(current),
          radar.target[i] ?? 0,
        );
      })
      .join('; '),
  );

  return (
    <div className="print-view">
      <div className="print-toolbar no-print" role="group" aria-label={p.toolbar}>
        <button type="button" className="button primary" onClick={() => window.print()}>
          {p.print}
        </button>
        <label className="print-option">
          <input type="checkbox" checked={withAppendix} onChange={(e) => setWithAppendix(e.target.checked)} />{' '}
          {p.withAppendix}
        </label>
        <a href={routeHref({ name: 'results', id: assessment.id })}>{p.backToResults}</a>
        <p className="print-hint">{p.printHint}</p>
        <CoatOfArmsUpload assessment={assessment} words={subjectWords(declarations.subject, lang)} />
        <DocumentButtons assessment={assessment} pkg={pkg} results={results} today={printedOn} full={full} />
      </div>

      <style>{runningHead}</style>
      <article className="print-sheet" aria-labelledby="sheet-title">
        <header className={assessment.coatOfArms ? 'sheet-head with-arms' : 'sheet-head'}>
          {assessment.coatOfArms && (
            <img
              className="sheet-arms"
              src={assessment.coatOfArms.dataUrl}
              alt={documentStrings[lang].arms.alt(profile?.municipality ?? '')}
              width={assessment.coatOfArms.width}
              height={assessment.coatOfArms.height}
            />
          )}
          <h1 id="sheet-title">
            <span className="sheet-kicker">{p.sheetTitle}</span>{' '}
            <span className="sheet-name">{profile?.municipality ?? ''}</span>
          </h1>
          {profile && (
            <dl className="sheet-meta">
              {profileRows(declarations.profile, profile, lang).map(([label, value]) => (
                <div key={label}>
                  <dt>{label}:</dt>
                  <dd>{value}</dd>
                </div>
              ))}
              <div>
                <dt>{p.date}:</dt>
                <dd>{p.formatDate(profile.date)}</dd>
              </div>
              {assessment.label && (
                <div>
                  <dt>{p.round}:</dt>
                  <dd>{assessment.label}</dd>
                </div>
              )}
            </dl>
          )}
          {isShortCheck && (
            <p className="sheet-short-check" data-testid="sheet-short-check">
              {t.shortCheck.sheetNote(progressOf(q, assessment).total, progressOf(full, assessment).total)}
            </p>
          )}
        </header>

        <section className="sheet-overall sheet-block" aria-labelledby="sheet-overall-title">
          <div className="sheet-score-box">
            <h2 id="sheet-overall-title" className="sheet-label">
              {p.overall}
            </h2>
            <p className="sheet-score" data-testid="print-overall-score">
              {score.overall === null ? (
                p.noScore
              ) : (
                <>
                  <strong>{displayScore(score.overall)}</strong> <span>{p.outOf}</span>
                </>
              )}
            </p>
          </div>
          <div>
            {score.band && (
              <p className="sheet-band">
                {p.band}: <strong data-testid="print-band">{score.band.name[lang]}</strong>
              </p>
            )}
            {score.band && <p className="sheet-band-text">{score.band.description[lang]}</p>}
            <p className="sheet-counts">
              {p.counts(
                score.counts.scored,
                score.counts.dontKnow,
                score.counts.notApplicable,
                score.counts.unanswered,
              )}
            </p>
          </div>
        </section>

        <section className="sheet-fields sheet-block" aria-labelledby="sheet-fields-title">
          <h2 id="sheet-fields-title">{p.fieldsTitle}</h2>
          <div className="sheet-columns">
            <div className="sheet-chart">
              <RadarImage data={radar} description={chartAlt} size={320} />
            </div>
            <div>
              <ScrollBox label={p.fieldsTitle}>
                <table className="sheet-table">
                  <thead>
                    <tr>
                      <th scope="col">{p.field}</th>
                      <th scope="col" className="num">
                        {p.current}
                      </th>
                      <th scope="col" className="num">
                        {p.target}
                      </th>
                      <th scope="col" className="num">
                        {p.gap}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {shownFields.map((f, i) => {
                      const gap = gaps.find((g) => g.fieldId === f.fieldId);
                      return (
                        <tr key={f.fieldId}>
                          <th scope="row">
                            <span className="sheet-axis">{i + 1}</span> {fieldTitle(f.fieldId)}
                          </th>
                          <td className="num">{f.score === null ? '–' : displayScore(f.score)}</td>
                          <td className="num">{gap ? displayScore(gap.target) : '–'}</td>
                          <td className="num">
                            {gap?.gap == null
                              ? '–'
                              : targetReached(gap.gap)
                                ? p.reached
                                : displayScore(gap.gap)}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollBox>
              <p className="sheet-note">{p.pointsNote}</p>
              {/* The summary's strongest and weakest fields, as on the results screen and in the council paper. */}
              {(summary.strongest.length > 0 || summary.weakest.length > 0) && (
                <p className="sheet-note" data-testid="sheet-standing">
                  {summary.strongest.length > 0 && (
                    <>
                      <strong>{ss.strongestTitle}:</strong>{' '}
                      {summary.strongest.map((g) => fieldTitle(g.fieldId)).join(', ')}
                    </>
                  )}
                  {summary.strongest.length > 0 && summary.weakest.length > 0 && ' · '}
                  {summary.weakest.length > 0 && (
                    <>
                      <strong>{ss.weakestTitle}:</strong>{' '}
                      {summary.weakest.map((g) => fieldTitle(g.fieldId)).join(', ')}
                    </>
                  )}
                </p>
              )}
            </div>
          </div>
        </section>

        <section className="sheet-recs" aria-labelledby="sheet-recs-title">
          <h2 id="sheet-recs-title">{p.recsTitle(top.length, recommendations.length)}</h2>
          {top.length === 0 ? (
            <p>{p.noRecs}</p>
          ) : (
            <ol className="sheet-rec-list">
              {top.map(({ recommendation: r }) => (
                <li key={r.id} className="sheet-rec" data-testid="print-recommendation">
                  <h3>{r.title[lang]}</h3>
                  <p className="sheet-rec-meta">
                    {[
                      fieldTitle(r.field),
                      `${p.effort}: ${choiceLabel(declarations.vocabularies.efforts, r.effort, lang)}`,
                      `${p.horizon}: ${choiceLabel(declarations.vocabularies.horizons, r.horizon, lang, true)}`,
                      `${p.actors}: ${r.actors.map((a) => choiceLabel(declarations.vocabularies.actors, a, lang)).join(', ')}`,
                    ].join(' · ')}
                  </p>
                  <ol className="sheet-steps" aria-label={p.firstSteps}>
                    {r.steps.slice(0, isShortCheck ? 1 : STEPS_ON_PAPER).map((step, i) => (
                      <li key={i}>{step[lang]}</li>
                    ))}
                  </ol>
                </li>
              ))}
            </ol>
          )}
        </section>

        {/* A short check's sheet is one page: it leaves out the sections it has nothing for. */}
        {!(isShortCheck && assessment.plan.length === 0) && (
          <section className="sheet-plan sheet-block" aria-labelledby="sheet-plan-title">
            <h2 id="sheet-plan-title">{p.planTitle}</h2>
            {assessment.plan.length === 0 ? (
              <p>{p.noPlan}</p>
            ) : (
              <ScrollBox label={p.planTitle}>
                <table className="sheet-table">
                  <thead>
                    <tr>
                      <th scope="col">{p.measure}</th>
                      <th scope="col">{p.owner}</th>
                      <th scope="col">{p.due}</th>
                      <th scope="col">{p.status}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {assessment.plan.map((item) => (
                      <tr key={item.id}>
                        <th scope="row">{item.title}</th>
                        <td>{item.owner || '–'}</td>
                        <td className="nowrap">{item.due ? p.formatDate(item.due) : '–'}</td>
                        <td className="nowrap">{t.plan.statuses[item.status]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
            )}
          </section>
        )}

        {!(isShortCheck && clarify.length === 0) && (
          <section className="sheet-clarify" aria-labelledby="sheet-clarify-title">
            <h2 id="sheet-clarify-title">{p.clarifyTitle}</h2>
            {clarify.length === 0 ? (
              <p>{p.noClarify}</p>
            ) : (
              <>
                <p>{p.clarifyIntro}</p>
                <ul className="sheet-clarify-list">
                  {clarify.map(({ field, questions }) => (
                    <li key={field.id}>
                      <strong>{field.title[lang]}:</strong>{' '}
                      {questions.map((qu) => qu.title[lang]).join(' · ')}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}

        <footer className="sheet-footer">
          <p>
            {p.footer(q.title[lang], q.version)} · {p.printedOn(p.formatDate(printedOn))}
          </p>
          <p>
            {p.basedOn}: {q.basedOn[lang]}
          </p>
          {q.asOf && <p data-testid="content-as-of">{p.contentAsOf(formatMonth(q.asOf, lang))}</p>}
        </footer>

        {withAppendix && (
          <section className="sheet-appendix" aria-labelledby="sheet-appendix-title">
            <h2 id="sheet-appendix-title">{p.appendixTitle}</h2>
            {q.fields.map((field) => {
              const questions = visibleQuestions(field, kind);
              if (questions.length === 0) return null;
              return (
                <div key={field.id} className="sheet-appendix-field">
                  <h3>{field.title[lang]}</h3>
                  <ul>
                    {questions.map((qu) => {
                      const a = ownValue(assessment.answers, qu.id);
                      const note = ownValue(assessment.notes, qu.id);
                      const answer = printedAnswer(q, qu, a, lang);
                      return (
                        <li key={qu.id}>
                          <strong>{qu.title[lang]}</strong>
                          <br />
                          {answer}
                          {note && (
                            <>
                              <br />
                              <em>{p.note}:</em> {note}
                            </>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            })}
          </section>
        )}
      </article>
    </div>
  );
}
