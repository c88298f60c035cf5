import type { FieldGap } from '../../engine/gaps';
import { targetReached } from '../../engine/gaps';
import type { Questionnaire } from '../../engine/questionnaire-schema';
import { displayScore, type FieldScore } from '../../engine/score';
import { ScrollBox } from '../../components/scroll-box';
import { useLanguage, useStrings } from '../../i18n/use-strings';
import { useAssessmentStore } from '../../store/assessment-store';

/** Ist, Soll, gap and answered questions per field, with the target level to choose for each. */
export function FieldTable({
  assessmentId,
  questionnaire: q,
  fields,
  gaps,
}: {
  assessmentId: string;
  questionnaire: Questionnaire;
  /** The fields with questions for this municipality, in questionnaire order. */
  fields: FieldScore[];
  gaps: FieldGap[];
}) {
  const t = useStrings();
  const lang = useLanguage();
  const { setTarget } = useAssessmentStore.getState();
  const titles = new Map(q.fields.map((f) => [f.id, f.title[lang]]));
  const gapOf = new Map(gaps.map((g) => [g.fieldId, g]));
  return (
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
          {fields.map((f) => {
            const gap = gapOf.get(f.fieldId);
            const title = titles.get(f.fieldId) ?? f.fieldId;
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
                    onChange={(e) => setTarget(assessmentId, f.fieldId, Number(e.target.value))}
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
        </tbody>
      </table>
    </ScrollBox>
  );
}
