import type { AssessmentRecord } from '../../engine/assessment';
import type { SourcedRecord } from '../../engine/import-batch';
import { DataTable } from '../../components/data-table';
import { useAnalysisStrings } from '../../i18n/use-analysis-strings';

/** The people whose answers are merged: name, municipality, round, where they came from, and a way to remove them. */
export function RespondentsTable({
  entries,
  onRemove,
}: {
  entries: readonly SourcedRecord[];
  onRemove: (entry: SourcedRecord) => void;
}) {
  const { a } = useAnalysisStrings();
  const t = a.consolidate;
  const respondentName = (r: AssessmentRecord, i: number) =>
    r.profile?.role.trim() || r.label.trim() || `${t.respondent} ${i + 1}`;
  return (
    <DataTable
      label={t.respondentsTitle}
      columns={[
        t.respondent,
        t.municipality,
        t.roundName,
        t.source,
        <span className="visually-hidden">{t.remove}</span>,
      ]}
      testId="respondents"
    >
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
                onClick={() => onRemove(e)}
              >
                {t.remove}
              </button>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
