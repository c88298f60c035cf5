import type { AssessmentScore } from '../../engine/score';
import type { Questionnaire } from '../../engine/questionnaire-schema';
import { pointsText } from '../../components/points-text';
import { DataTable } from '../../components/data-table';
import { Section } from '../../components/section';
import { useAnalysisStrings, useTitles } from '../../i18n/use-analysis-strings';
import type { AnalysisStrings } from '../../i18n/strings-analysis';

/** The overall score in points, or the words for none. */
export function overallText(score: AssessmentScore, a: AnalysisStrings): string {
  return score.overall === null ? a.noScore : pointsText(score.overall);
}

/** The joint result: overall score with its band, and the points of each field. */
export function JointResult({ score, q }: { score: AssessmentScore; q: Questionnaire }) {
  const { lang, a } = useAnalysisStrings();
  const titles = useTitles(q);
  const t = a.consolidate;
  return (
    <Section title={t.resultTitle}>
      <p>{t.resultIntro}</p>
      <div className="consolidate-result">
        <p className="consolidate-overall">
          {a.overall}: <strong data-testid="consolidated-overall">{overallText(score, a)}</strong> {a.outOf}
          {score.band && (
            <>
              {' '}
              – <span>{score.band.name[lang]}</span>
            </>
          )}
        </p>
        <DataTable
          label={t.resultTitle}
          columns={[a.field, a.points]}
          className="data-table consolidate-fields"
        >
          {score.fields
            .filter((f) => f.total > 0)
            .map((f) => (
              <tr key={f.fieldId} data-field={f.fieldId}>
                <th scope="row">{titles.field(f.fieldId)}</th>
                <td data-testid={`consolidated-field-${f.fieldId}`}>{pointsText(f.score)}</td>
              </tr>
            ))}
        </DataTable>
      </div>
    </Section>
  );
}
