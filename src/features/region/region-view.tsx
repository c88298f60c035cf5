import { useMemo, useState } from 'react';
import type { AssessmentRecord } from '../../engine/assessment';
import {
  choiceLabel,
  declarationsOf,
  declaredProfileFields,
  type ProfileKey,
} from '../../engine/declarations';
import { aggregateRegion, regionToCsv, type RegionFilter } from '../../engine/aggregate-region';
import type { QuestionnairePackage } from '../../engine/questionnaire-package';
import { CheckboxGroup } from '../../components/checkbox-group';
import { downloadText } from '../../utils/download';
import { Section } from '../../components/section';
import { useAnalysisStrings } from '../../i18n/use-analysis-strings';
import { RANKING_PAGE, RegionRanking, type RankingView } from './region-ranking';
import { RegionRecommendations } from './region-recommendations';
import { RegionFields } from './region-table';
import { today } from '../../engine/dates';

const FILTER_ORDER: readonly ProfileKey[] = ['kind', 'population', 'regierungsbezirk'];

/** The overview of the records read: what counts, filters, points per field, recommendations, ranking, export. */
export function RegionView({ pkg, records }: { pkg: QuestionnairePackage; records: AssessmentRecord[] }) {
  const { lang, a: all } = useAnalysisStrings();
  const a = all.region;
  // The filters are the profile fields the questionnaire declares, with their choices.
  // In the order the overview has always shown them: kind, size, region.
  const profileFields = declaredProfileFields(declarationsOf(pkg.questionnaire).profile).sort(
    (x, y) => FILTER_ORDER.indexOf(x.key) - FILTER_ORDER.indexOf(y.key),
  );
  const [kinds, setKinds] = useState<NonNullable<RegionFilter['kinds']>>([]);
  const [populations, setPopulations] = useState<NonNullable<RegionFilter['populations']>>([]);
  const [bezirke, setBezirke] = useState<NonNullable<RegionFilter['bezirke']>>([]);
  // Kept here, not in the ranking: it stays switched on while a filter leaves no municipality.
  const [ranking, setRanking] = useState<RankingView>({ show: false, rows: RANKING_PAGE });

  const filterState: Record<ProfileKey, [string[], (chosen: string[]) => void]> = {
    kind: [kinds, setKinds],
    population: [populations, setPopulations],
    regierungsbezirk: [bezirke, setBezirke],
  };
  const filter = useMemo(
    (): RegionFilter => ({ kinds, populations, bezirke }),
    [kinds, populations, bezirke],
  );
  const overview = useMemo(() => aggregateRegion(pkg, records, filter, 10), [pkg, records, filter]);
  const { skipped } = overview;
  const skippedCount = skipped.noProfile + skipped.otherQuestionnaire + skipped.invalidAnswers;

  return (
    <>
      <Section title={a.summaryTitle}>
        <p data-testid="region-summary">
          <strong data-testid="region-included">{a.included(overview.included)}</strong>
          {skippedCount > 0 && (
            <>
              , {a.skipped(skippedCount)} (
              {[
                skipped.noProfile && a.skippedNoProfile(skipped.noProfile),
                skipped.otherQuestionnaire && a.skippedOther(skipped.otherQuestionnaire),
                skipped.invalidAnswers && a.skippedInvalid(skipped.invalidAnswers),
              ]
                .filter(Boolean)
                .join(', ')}
              )
            </>
          )}
          .{overview.filteredOut > 0 && <> {a.filteredOut(overview.filteredOut)}</>}
        </p>
        {overview.sharedOnly && (
          <p className="note-box" data-testid="region-shared-only">
            {a.scopes(overview.scopes.short, overview.scopes.full)}{' '}
            {a.sharedOnly(overview.sharedOnly.questions, overview.sharedOnly.of)}
          </p>
        )}
      </Section>

      <Section title={a.filtersTitle} className="no-print">
        <p className="small-note">{a.filtersHint}</p>
        <div className="region-filters">
          {profileFields.map(({ key, field }) => {
            const [chosen, onChange] = filterState[key];
            return (
              <CheckboxGroup
                key={key}
                legend={field.label[lang]}
                options={field.choices.map((c) => c.id)}
                label={(id) => choiceLabel(field.choices, id, lang)}
                chosen={chosen}
                onChange={onChange}
              />
            );
          })}
        </div>
      </Section>

      {overview.included === 0 ? (
        <p className="note-box">{a.noneIncluded}</p>
      ) : (
        <>
          <RegionFields overview={overview} q={pkg.questionnaire} />
          <RegionRecommendations pkg={pkg} overview={overview} />
          <RegionRanking pkg={pkg} records={records} filter={filter} view={ranking} onView={setRanking} />

          <Section title={a.exportTitle} className="no-print">
            <p className="actions">
              <button
                type="button"
                className="button primary"
                onClick={() =>
                  downloadText(a.csvFile(today()), regionToCsv(pkg, overview, lang), 'text/csv;charset=utf-8')
                }
              >
                {a.csv}
              </button>
              <button type="button" className="button" onClick={() => window.print()}>
                {a.print}
              </button>
            </p>
            <p className="small-note">{a.printHint}</p>
          </Section>
        </>
      )}
    </>
  );
}
