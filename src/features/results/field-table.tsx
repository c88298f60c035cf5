import type { FieldGap } from '../../engine/gaps';
import { targetReached } from '../../engine/gaps';
import type { Questionnaire } from '../../engine/questionnaire-schema';
import { displayScore, type FieldScore } from '../../engine/score';
import { DataTable } from '../../components/data-table';
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
      {fields.map((f) => {
        const gap = gapOf.get(f.fieldId);
        const title = titles.get(f.fieldId) ?? f.fieldId;
        return (
          <tr key={f.fieldId} data-field={f.fieldId}>
            <th scope="row">{title}</th>
            <td data-testid={`field-score-${f.fieldId}`}>{f.score === null ? '–' : displayScore(f.score)}</td>
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
              {gap?.gap == null ? '–' : targetReached(gap.gap) ? t.results.reached : displayScore(gap.gap)}
            </td>
            <td>
              {f.total - f.unanswered} / {f.total}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
