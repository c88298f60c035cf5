import type { AssessmentRecord } from '../../engine/assessment';
import type { SourcedRecord } from '../../engine/import-batch';
import { ScrollBox } from '../../components/scroll-box';
import { useLanguage } from '../../components/use-strings';
import { analysisStrings } from '../../i18n/strings-analysis';

/** The people whose answers are merged: name, municipality, round, where they came from, and a way to remove them. */
export function RespondentsTable({
  entries,
  onRemove,
}: {
  entries: readonly SourcedRecord[];
  onRemove: (entry: SourcedRecord) => void;
}) {
  const a = analysisStrings[useLanguage()];
  const t = a.consolidate;
  const respondentName = (r: AssessmentRecord, i: number) =>
    r.profile?.role.trim() || r.label.trim() || `${t.respondent} ${i + 1}`;
  return (
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
                    onClick={() => onRemove(e)}
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
  );
}
