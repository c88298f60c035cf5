import { useId } from 'react';
import { DONT_KNOW, NOT_APPLICABLE, type AnswerValue } from '../../engine/assessment';
import type { ConsolidatedQuestion } from '../../engine/consolidate';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import type { Question } from '../../engine/questionnaire-schema';
import { useAnalysisStrings } from '../../i18n/use-analysis-strings';

/** How a select encodes an answer. */
const encode = (value: AnswerValue | undefined) => (value === undefined ? '' : String(value));
function decode(value: string): AnswerValue | undefined {
  if (value === DONT_KNOW || value === NOT_APPLICABLE) return value;
  const n = Number(value);
  return value !== '' && Number.isInteger(n) && n >= 0 && n <= 4 ? (n as 0 | 1 | 2 | 3 | 4) : undefined;
}

/** The select for one disagreement: levels 0–4 with names and the special answers the question offers. */
export function SettleSelect({
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
  const { lang, a } = useAnalysisStrings();
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
