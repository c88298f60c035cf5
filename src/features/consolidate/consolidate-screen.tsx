import { useId, useMemo, useState, type FormEvent } from 'react';
import {
  DONT_KNOW,
  NOT_APPLICABLE,
  ownValue,
  type AnswerValue,
  type AssessmentRecord,
} from '../../engine/assessment';
import {
  consolidateRespondents,
  consolidatedAnswers,
  consolidatedNotes,
  consolidatedScore,
  type ConsolidatedQuestion,
  type Consolidation,
} from '../../engine/consolidate';
import { parseImport } from '../../engine/export-envelope';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import type { Question } from '../../engine/questionnaire-schema';
import { displayScore } from '../../engine/score';
import { FileDrop, type TextFile } from '../../components/file-drop';
import { PackageGate } from '../../components/package-gate';
import { navigate } from '../../router/use-route';
import { useLanguage } from '../../i18n/use-strings';
import { analysisStrings, type AnalysisStrings } from '../../i18n/strings-analysis';
import type { Language } from '../../engine/language';
import { newId, useAssessmentStore } from '../../store/assessment-store';
import './consolidate.css';
import { ScrollBox } from '../../components/scroll-box';
import { today } from '../../engine/dates';

/** One person's answers: read from a file or stored in this browser. */
interface Entry {
  key: string;
  record: AssessmentRecord;
  /** File name; null for a stored assessment. */
  file: string | null;
}

/** How a select encodes an answer. */
const encode = (value: AnswerValue | undefined) => (value === undefined ? '' : String(value));
function decode(value: string): AnswerValue | undefined {
  if (value === DONT_KNOW || value === NOT_APPLICABLE) return value;
  const n = Number(value);
  return value !== '' && Number.isInteger(n) && n >= 0 && n <= 4 ? (n as 0 | 1 | 2 | 3 | 4) : undefined;
}

function answerText(
  value: AnswerValue | undefined,
  pkg: QuestionnairePackage,
  lang: Language,
  a: AnalysisStrings,
): string {
  if (value === undefined) return a.none;
  if (value === DONT_KNOW) return a.dontKnow;
  if (value === NOT_APPLICABLE) return a.notApplicable;
  return a.level(value, pkg.questionnaire.levelNames[value]?.[lang] ?? '');
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The select for one disagreement: levels 0–4 with names and the special answers the question offers. */
function SettleSelect({
  pkg,
  question,
  item,
  value,
  onChange,
}: {
  pkg: QuestionnairePackage;
  question: Question | undefined;
  item: ConsolidatedQuestion;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
}) {
  const lang = useLanguage();
  const a = analysisStrings[lang];
  const uid = useId();
  return (
    <div className="form-row settle-row">
      <label id={`${uid}-label`} htmlFor={`${uid}-select`}>
        {a.consolidate.settled}
      </label>
      <select
        id={`${uid}-select`}
        aria-labelledby={`${uid}-label settle-${item.questionId}`}
        value={encode(value)}
        onChange={(e) => {
          const next = decode(e.target.value);
          if (next !== undefined) onChange(next);
        }}
      >
        {pkg.questionnaire.levelNames.map((name, level) => (
          <option key={level} value={String(level)}>
            {a.level(level, name[lang])}
            {level === item.median ? ` (${a.consolidate.suggested})` : ''}
          </option>
        ))}
        {question?.allowDontKnow !== false && <option value={DONT_KNOW}>{a.dontKnow}</option>}
        {question?.allowNotApplicable && <option value={NOT_APPLICABLE}>{a.notApplicable}</option>}
      </select>
    </div>
  );
}

function ConsolidationView({ pkg, entries }: { pkg: QuestionnairePackage; entries: Entry[] }) {
  const lang = useLanguage();
  const a = analysisStrings[lang];
  const t = a.consolidate;
  const q = pkg.questionnaire;
  const uid = useId();
  const importAssessment = useAssessmentStore((s) => s.importAssessment);
  const [settled, setSettled] = useState<Record<string, AnswerValue>>({});
  const [roundName, setRoundName] = useState<string | null>(null);

  const records = useMemo(() => entries.map((e) => e.record), [entries]);
  const result = useMemo((): { ok: true; value: Consolidation } | { ok: false; error: string } => {
    try {
      return { ok: true, value: consolidateRespondents(pkg, records) };
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }, [pkg, records]);
  const consolidation = result.ok ? result.value : null;
  // Only decisions on current disagreements count; others may stem from respondents removed since.
  const decisions = useMemo(() => {
    const out: Record<string, AnswerValue> = {};
    for (const d of consolidation?.disagreements ?? []) {
      const v = settled[d.questionId];
      if (v !== undefined) out[d.questionId] = v;
    }
    return out;
  }, [consolidation, settled]);
  const score = useMemo(
    () => (consolidation ? consolidatedScore(pkg, consolidation, decisions) : null),
    [pkg, consolidation, decisions],
  );

  if (!result.ok || !consolidation || !score)
    return (
      <div className="error-box" role="alert">
        <p>{t.error}</p>
        <p>{result.ok ? '' : result.error}</p>
      </div>
    );

  const questionById = new Map(q.fields.flatMap((f) => f.questions.map((x) => [x.id, x] as const)));
  const fieldTitle = (id: string) => q.fields.find((f) => f.id === id)?.title[lang] ?? id;
  const overallText = score.overall === null ? a.noScore : String(displayScore(score.overall));
  const first = records[0];
  const withProfile = records.find((r) => r.profile) ?? first;
  const defaultName = t.roundDefault(a.formatDate(today()));

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!first || !withProfile) return;
    const now = new Date().toISOString();
    const notes = Object.fromEntries(
      Object.entries(consolidatedNotes(consolidation)).map(([k, v]) => [k, clip(v, 10000)]),
    );
    const names = consolidation.respondents.map((r) => r.respondent).join(', ');
    const record: AssessmentRecord = {
      id: newId(),
      questionnaireId: first.questionnaireId,
      questionnaireVersion: first.questionnaireVersion,
      label: clip((roundName ?? defaultName).trim() || defaultName, 200),
      createdAt: now,
      updatedAt: now,
      profile: withProfile.profile ? { ...withProfile.profile, role: clip(t.jointRole(names), 200) } : null,
      answers: consolidatedAnswers(consolidation, decisions),
      notes,
      targets: { ...withProfile.targets },
      plan: [],
      currentPage: null,
      completedAt: now,
      toConfirm: [],
      previousId: null,
    };
    const id = importAssessment(record, 'copy');
    navigate({ name: 'results', id });
  };

  const municipalities = [
    ...new Set(records.map((r) => r.profile?.municipality.trim()).filter((m): m is string => !!m)),
  ];

  return (
    <>
      {municipalities.length > 1 && (
        <p className="warning-box">{t.differentMunicipalities(municipalities.join(', '))}</p>
      )}

      <section aria-labelledby={`${uid}-discuss`}>
        <h2 id={`${uid}-discuss`}>{t.discussTitle}</h2>
        {consolidation.disagreements.length === 0 ? (
          <p>{t.discussNone}</p>
        ) : (
          <>
            <p>{t.discussIntro(consolidation.disagreements.length)}</p>
            <p role="status" className="consolidate-live">
              {a.overall}: {overallText} {a.outOf}
            </p>
            <ol className="discuss-list">
              {consolidation.disagreements.map((d) => {
                const question = questionById.get(d.questionId);
                return (
                  <li key={d.questionId} className="discuss-item" data-testid="disagreement">
                    <h3 id={`settle-${d.questionId}`}>{question?.title[lang] ?? d.questionId}</h3>
                    <p className="meta">
                      {fieldTitle(d.fieldId)} · <strong className="spread-mark">{t.spread(d.spread)}</strong>
                    </p>
                    <ul className="respondent-answers">
                      {d.values.map((v, i) => (
                        <li key={i}>
                          {v.respondent}: <strong>{answerText(v.value, pkg, lang, a)}</strong>
                        </li>
                      ))}
                    </ul>
                    {d.notes && (
                      <div className="discuss-notes">
                        <strong>{t.notes}:</strong>
                        <p>{d.notes}</p>
                      </div>
                    )}
                    <p className="small-note">
                      {t.suggested}: {answerText(d.suggested, pkg, lang, a)}
                    </p>
                    <SettleSelect
                      pkg={pkg}
                      question={question}
                      item={d}
                      value={decisions[d.questionId] ?? d.suggested}
                      onChange={(value) => setSettled({ ...settled, [d.questionId]: value })}
                    />
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby={`${uid}-result`}>
        <h2 id={`${uid}-result`}>{t.resultTitle}</h2>
        <p>{t.resultIntro}</p>
        <div className="consolidate-result">
          <p className="consolidate-overall">
            {a.overall}: <strong data-testid="consolidated-overall">{overallText}</strong> {a.outOf}
            {score.band && (
              <>
                {' '}
                – <span>{score.band.name[lang]}</span>
              </>
            )}
          </p>
          <ScrollBox label={t.resultTitle}>
            <table className="data-table consolidate-fields">
              <thead>
                <tr>
                  <th scope="col">{a.field}</th>
                  <th scope="col">{a.points}</th>
                </tr>
              </thead>
              <tbody>
                {score.fields
                  .filter((f) => f.total > 0)
                  .map((f) => (
                    <tr key={f.fieldId} data-field={f.fieldId}>
                      <th scope="row">{fieldTitle(f.fieldId)}</th>
                      <td data-testid={`consolidated-field-${f.fieldId}`}>
                        {f.score === null ? a.none : displayScore(f.score)}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </ScrollBox>
        </div>
      </section>

      <section aria-labelledby={`${uid}-all`}>
        <h2 id={`${uid}-all`}>{t.allTitle}</h2>
        <p>{t.allIntro}</p>
        {q.fields.map((field) => {
          const rows = consolidation.questions.filter((x) => x.fieldId === field.id);
          if (rows.length === 0) return null;
          const discuss = rows.filter((x) => x.disagreement).length;
          return (
            <details key={field.id} className="field-details" open={discuss > 0}>
              <summary>{t.fieldSummary(field.title[lang], rows.length, discuss)}</summary>
              <ScrollBox label={field.title[lang]}>
                <table className="data-table">
                  <caption className="visually-hidden">{field.title[lang]}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{a.compare.question}</th>
                      {consolidation.respondents.map((r, i) => (
                        <th scope="col" key={i}>
                          {r.respondent}
                        </th>
                      ))}
                      <th scope="col">{t.joint}</th>
                      <th scope="col">{t.spreadColumn}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((x) => (
                      <tr key={x.questionId} className={x.disagreement ? 'disagreement' : undefined}>
                        <th scope="row">{questionById.get(x.questionId)?.title[lang] ?? x.questionId}</th>
                        {x.values.map((v, i) => (
                          <td key={i}>{answerText(v.value, pkg, lang, a)}</td>
                        ))}
                        <td>{answerText(decisions[x.questionId] ?? x.suggested, pkg, lang, a)}</td>
                        <td>
                          {t.spreadCell(x.spread)}
                          {x.disagreement && (
                            <>
                              {' '}
                              <strong className="spread-mark">({t.discussMark})</strong>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollBox>
            </details>
          );
        })}
      </section>

      <section aria-labelledby={`${uid}-save`}>
        <h2 id={`${uid}-save`}>{t.saveTitle}</h2>
        <p>{t.saveIntro}</p>
        {withProfile?.profile && (
          <p>
            {t.municipality}: <strong>{withProfile.profile.municipality}</strong>
          </p>
        )}
        <form onSubmit={save} className="consolidate-save">
          <div className="form-row">
            <label htmlFor={`${uid}-round`}>{t.roundName}</label>
            <input
              id={`${uid}-round`}
              value={roundName ?? defaultName}
              onChange={(e) => setRoundName(e.target.value)}
              maxLength={200}
              required
            />
          </div>
          <button type="submit" className="button primary">
            {t.save}
          </button>
        </form>
      </section>
    </>
  );
}

/** Merges several respondents' answers to one round, lets the group settle disagreements and saves the result. */
export function ConsolidateScreen() {
  const lang = useLanguage();
  const a = analysisStrings[lang];
  const t = a.consolidate;
  const uid = useId();
  const stored = useAssessmentStore((s) => s.assessments);
  const [loaded, setLoaded] = useState<Entry[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [fileErrors, setFileErrors] = useState<{ file: string; errors: string[] }[]>([]);
  const [status, setStatus] = useState('');

  const storedList = useMemo(
    () =>
      Object.values(stored).sort(
        (x, y) =>
          (x.profile?.municipality ?? '').localeCompare(y.profile?.municipality ?? '', 'de') ||
          x.createdAt.localeCompare(y.createdAt),
      ),
    [stored],
  );
  const entries = useMemo(
    (): Entry[] => [
      ...loaded,
      ...chosen.flatMap((id) => {
        const record = ownValue(stored, id);
        return record ? [{ key: `gespeichert-${id}`, record, file: null }] : [];
      }),
    ],
    [loaded, chosen, stored],
  );

  const onFiles = (files: TextFile[], skipped: string[]) => {
    const errors: { file: string; errors: string[] }[] = skipped.map((name) => ({
      file: name,
      errors: [a.tooLarge(name)],
    }));
    const added: Entry[] = [];
    const batch = Date.now().toString(36);
    for (const file of files) {
      const result = parseImport(file.text);
      if (!result.ok) errors.push({ file: file.name, errors: result.errors });
      else
        result.assessments.forEach((record, i) =>
          added.push({ key: `${batch}-${added.length}-${i}`, record, file: file.name }),
        );
    }
    setFileErrors(errors);
    setLoaded([...loaded, ...added]);
    setStatus(t.filesRead(files.length, added.length));
  };

  const remove = (entry: Entry) => {
    if (entry.file === null) setChosen(chosen.filter((id) => `gespeichert-${id}` !== entry.key));
    else setLoaded(loaded.filter((e) => e.key !== entry.key));
  };
  const respondentName = (r: AssessmentRecord, i: number) =>
    r.profile?.role.trim() || r.label.trim() || `${t.respondent} ${i + 1}`;
  const first = entries[0];

  return (
    <div className="consolidate">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>

      <section aria-labelledby={`${uid}-sources`} className="no-print">
        <h2 id={`${uid}-sources`}>{t.sourcesTitle}</h2>
        <FileDrop label={t.fileLabel} hint={t.fileHint} multiple onFiles={onFiles} />
        <p role="status" className="status-line">
          {status}
        </p>
        {fileErrors.map((f, i) => (
          <div className="error-box" role="alert" key={i}>
            <p>{a.fileErrors(f.file)}</p>
            <ul>
              {f.errors.map((e, j) => (
                <li key={j}>{e}</li>
              ))}
            </ul>
          </div>
        ))}
        <fieldset className="stored-choice">
          <legend>{t.storedLegend}</legend>
          {storedList.length === 0 ? (
            <p className="small-note">{t.storedNone}</p>
          ) : (
            storedList.map((r) => (
              <label key={r.id} className="checkbox-row">
                <input
                  type="checkbox"
                  checked={chosen.includes(r.id)}
                  onChange={(e) =>
                    setChosen(e.target.checked ? [...chosen, r.id] : chosen.filter((id) => id !== r.id))
                  }
                />
                {t.storedOption(
                  r.profile?.municipality ?? a.compare.noProfile,
                  r.label,
                  r.profile?.role ?? '',
                )}
              </label>
            ))
          )}
        </fieldset>
      </section>

      <section aria-labelledby={`${uid}-people`}>
        <h2 id={`${uid}-people`}>{t.respondentsTitle}</h2>
        {entries.length > 0 && (
          <ScrollBox label={t.respondentsTitle}>
            <table className="data-table" data-testid="respondents">
              <thead>
                <tr>
                  <th scope="col">{t.respondent}</th>
                  <th scope="col">{t.municipality}</th>
                  <th scope="col">{t.roundName}</th>
                  <th scope="col">{t.source}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.remove}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e, i) => {
                  const name = respondentName(e.record, i);
                  return (
                    <tr key={e.key}>
                      <th scope="row">{name}</th>
                      <td>{e.record.profile?.municipality ?? a.none}</td>
                      <td>{e.record.label || a.none}</td>
                      <td>{e.file ?? t.stored}</td>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          aria-label={t.removeLabel(name)}
                          onClick={() => remove(e)}
                        >
                          {t.remove}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
        )}
        {entries.length < 2 && (
          <p className="note-box" data-testid="consolidate-empty">
            {t.empty}
          </p>
        )}
      </section>

      {entries.length >= 2 && first && (
        <PackageGate id={first.record.questionnaireId}>
          {(pkg) => <ConsolidationView pkg={pkg} entries={entries} />}
        </PackageGate>
      )}
    </div>
  );
}
