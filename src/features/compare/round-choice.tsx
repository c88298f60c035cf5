import { useId } from 'react';
import type { SourcedRecord } from '../../engine/import-batch';
import { roundDate, type RoundChoice, type RoundPair } from '../../engine/round-pairing';
import { Section } from '../../components/section';
import { useAnalysisStrings } from '../../i18n/use-analysis-strings';
import type { AnalysisStrings } from '../../i18n/strings-analysis';

function roundLabel(round: SourcedRecord, a: AnalysisStrings): string {
  const r = round.record;
  const date = a.formatDate(roundDate(r));
  return a.compare.option(
    r.profile?.municipality ?? a.compare.noProfile,
    r.label || a.none,
    round.file ? `${date}, ${a.fromFile}` : date,
  );
}

function RoundOptions({ rounds, a }: { rounds: readonly SourcedRecord[]; a: AnalysisStrings }) {
  return rounds.map((r) => (
    <option key={r.key} value={r.key}>
      {roundLabel(r, a)}
    </option>
  ));
}

/** The two lists "vorher" and "nachher" (later rounds of the same municipality first), a swap, and warnings. */
export function RoundChoiceSection({
  rounds,
  chosen,
  onChoose,
}: {
  rounds: readonly SourcedRecord[];
  chosen: RoundChoice;
  onChoose: (pair: RoundPair) => void;
}) {
  const { a } = useAnalysisStrings();
  const c = a.compare;
  const uid = useId();
  const { before, after, sameTown, otherTowns } = chosen;
  if (!before) return null;
  return (
    <Section title={c.choose}>
      <div className="compare-choice">
        <div className="form-row">
          <label htmlFor={`${uid}-before`}>{c.before}</label>
          <select
            id={`${uid}-before`}
            value={before.key}
            onChange={(e) => onChoose({ before: e.target.value, after: after?.key ?? '' })}
          >
            <RoundOptions rounds={rounds} a={a} />
          </select>
        </div>
        <div className="form-row">
          <label htmlFor={`${uid}-after`}>{c.after}</label>
          <select
            id={`${uid}-after`}
            value={after?.key ?? ''}
            onChange={(e) => onChoose({ before: before.key, after: e.target.value })}
          >
            {sameTown.length > 0 && (
              <optgroup label={c.sameMunicipality}>
                <RoundOptions rounds={sameTown} a={a} />
              </optgroup>
            )}
            {otherTowns.length > 0 && (
              <optgroup label={c.otherMunicipalities}>
                <RoundOptions rounds={otherTowns} a={a} />
              </optgroup>
            )}
          </select>
        </div>
        <button
          type="button"
          className="button"
          disabled={!after}
          onClick={() => after && onChoose({ before: after.key, after: before.key })}
        >
          {c.swap}
        </button>
      </div>
      {chosen.differentMunicipalities && (
        <p className="warning-box" role="status">
          {c.differentMunicipalities}
        </p>
      )}
      {chosen.reversed && <p className="small-note">{c.afterIsOlder}</p>}
    </Section>
  );
}
