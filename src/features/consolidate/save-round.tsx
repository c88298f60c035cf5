import { useId, useState, type FormEvent } from 'react';
import type { AnswerValue, AssessmentRecord } from '../../engine/assessment';
import type { Consolidation } from '../../engine/consolidate';
import { jointAssessment } from '../../engine/joint-assessment';
import { navigate } from '../../router/use-route';
import { Section } from '../../components/section';
import { useAnalysisStrings } from '../../i18n/use-analysis-strings';
import { newId, useAssessmentStore } from '../../store/assessment-store';
import { today } from '../../engine/dates';

/** Saves the joint answers as a new, completed assessment under a name, then opens its result. */
export function SaveRound({
  records,
  consolidation,
  decisions,
}: {
  records: readonly AssessmentRecord[];
  consolidation: Consolidation;
  decisions: Readonly<Record<string, AnswerValue>>;
}) {
  const { a } = useAnalysisStrings();
  const t = a.consolidate;
  const uid = useId();
  const importAssessment = useAssessmentStore((s) => s.importAssessment);
  const [roundName, setRoundName] = useState<string | null>(null);
  const defaultName = t.roundDefault(a.formatDate(today()));
  const withProfile = records.find((r) => r.profile) ?? records[0];

  const save = (e: FormEvent) => {
    e.preventDefault();
    const record = jointAssessment(records, consolidation, decisions, {
      id: newId(),
      now: new Date().toISOString(),
      label: (roundName ?? defaultName).trim() || defaultName,
      role: t.jointRole,
    });
    if (!record) return;
    const id = importAssessment(record, 'copy');
    navigate({ name: 'results', id });
  };

  return (
    <Section title={t.saveTitle}>
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
    </Section>
  );
}
