import { useMemo } from 'react';
import type { AssessmentRecord } from '../../engine/assessment';
import { regionRanking, type RegionFilter } from '../../engine/aggregate-region';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import { displayScore } from '../../engine/score';
import { DataTable } from '../../components/data-table';
import { Section } from '../../components/section';
import { choiceLabel, declarationsOf, declaredProfileFields } from '../../engine/declarations';
import { useAnalysisStrings } from '../../i18n/use-analysis-strings';

/** Rows of the ranking shown at first. */
export const RANKING_PAGE = 25;
/** Rows added per click. */
const MORE_ROWS = 100;

/** Whether the ranking is switched on and how many of its rows the screen shows. */
export interface RankingView {
  show: boolean;
  rows: number;
}

/** The ranking with names, only when switched on; the screen shows a page of it, the print all of it. */
export function RegionRanking({
  pkg,
  records,
  filter,
  view,
  onView,
}: {
  pkg: QuestionnairePackage;
  records: AssessmentRecord[];
  filter: RegionFilter;
  view: RankingView;
  onView: (view: RankingView) => void;
}) {
  const { lang, a: all } = useAnalysisStrings();
  // The kind and the region, where the questionnaire declares them.
  const columns = declaredProfileFields(declarationsOf(pkg.questionnaire).profile).filter(
    ({ key }) => key !== 'population',
  );
  const a = all.region;
  const { show, rows } = view;
  const ranking = useMemo(
    () => (show ? regionRanking(pkg, records, filter) : []),
    [show, pkg, records, filter],
  );
  return (
    <Section title={a.rankingTitle} className="region-block">
      <p className="small-note">{a.rankingHint}</p>
      <label className="checkbox-row no-print">
        <input
          type="checkbox"
          checked={show}
          onChange={(e) => onView({ show: e.target.checked, rows: RANKING_PAGE })}
        />
        {a.showRanking}
      </label>
      {show && (
        <>
          <DataTable
            label={a.rankingTitle}
            columns={[
              a.rank,
              a.municipality,
              ...columns.map(({ field }) => field.shortLabel[lang]),
              all.overall,
            ]}
            testId="region-ranking"
          >
            {ranking.map((m, i) => (
              // Rows past those shown are on paper only: the print has the whole ranking.
              <tr key={m.recordId} className={i < rows ? undefined : 'print-only-row'}>
                <td>{m.rank}</td>
                <th scope="row">{m.municipality}</th>
                {columns.map(({ key, field }) => (
                  <td key={key}>{choiceLabel(field.choices, m[key], lang)}</td>
                ))}
                <td>{displayScore(m.overall)}</td>
              </tr>
            ))}
          </DataTable>
          <p className="small-note no-print">
            {a.shownOf(Math.min(rows, ranking.length), ranking.length)}
            {ranking.length > rows && ` ${a.rankingPrintAll(ranking.length)}`}
          </p>
          {ranking.length > rows && (
            <button
              type="button"
              className="button no-print"
              onClick={() => onView({ show, rows: rows + MORE_ROWS })}
            >
              {a.showMore(Math.min(MORE_ROWS, ranking.length - rows))}
            </button>
          )}
        </>
      )}
    </Section>
  );
}
