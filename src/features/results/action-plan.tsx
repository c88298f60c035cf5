import { useId, useState, type FormEvent } from 'react';
import { PLAN_STATUSES, type PlanItem } from '../../engine/assessment';
import { useStrings } from '../../i18n/use-strings';
import { FormRow } from '../../components/form-row';
import { useAssessmentStore } from '../../store/assessment-store';

/** The action plan of one assessment: measures with owner, due date, status and note. */
export function ActionPlan({ assessmentId, plan }: { assessmentId: string; plan: PlanItem[] }) {
  const t = useStrings();
  const uid = useId();
  const { updatePlanItem, removePlanItem, addPlanItem } = useAssessmentStore.getState();
  const [title, setTitle] = useState('');
  const change = (item: PlanItem, patch: Partial<Omit<PlanItem, 'id'>>) =>
    updatePlanItem(assessmentId, item.id, patch);

  const addOwn = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    addPlanItem(assessmentId, {
      recommendationId: null,
      title: title.trim(),
      owner: '',
      due: '',
      status: 'offen',
      note: '',
    });
    setTitle('');
  };

  return (
    <>
      {plan.length === 0 ? (
        <p>{t.plan.empty}</p>
      ) : (
        <ul className="plan-list">
          {plan.map((item) => {
            const id = `${uid}-${item.id}`;
            return (
              <li key={item.id} className="plan-item" data-testid="plan-item">
                <h3 id={`${id}-title`}>{item.title}</h3>
                {item.recommendationId && <p className="small-note">{t.plan.fromRecommendation}</p>}
                <div className="plan-fields" role="group" aria-labelledby={`${id}-title`}>
                  <FormRow id={`${id}-owner`} label={t.plan.owner}>
                    <input
                      id={`${id}-owner`}
                      value={item.owner}
                      maxLength={200}
                      onChange={(e) => change(item, { owner: e.target.value })}
                    />
                  </FormRow>
                  <FormRow id={`${id}-due`} label={t.plan.due}>
                    <input
                      id={`${id}-due`}
                      type="date"
                      value={item.due}
                      onChange={(e) => change(item, { due: e.target.value })}
                    />
                  </FormRow>
                  <FormRow id={`${id}-status`} label={t.plan.status}>
                    <select
                      id={`${id}-status`}
                      value={item.status}
                      onChange={(e) =>
                        change(item, {
                          status: PLAN_STATUSES.find((s) => s === e.target.value) ?? item.status,
                        })
                      }
                    >
                      {PLAN_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t.plan.statuses[s]}
                        </option>
                      ))}
                    </select>
                  </FormRow>
                  <FormRow id={`${id}-note`} label={t.plan.note} wide>
                    <textarea
                      id={`${id}-note`}
                      value={item.note}
                      maxLength={5000}
                      rows={2}
                      onChange={(e) => change(item, { note: e.target.value })}
                    />
                  </FormRow>
                </div>
                <button
                  type="button"
                  className="link-button danger"
                  onClick={() => removePlanItem(assessmentId, item.id)}
                  aria-label={t.plan.removeLabel(item.title)}
                >
                  {t.plan.remove}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="inline-form" onSubmit={addOwn}>
        <label>
          {t.plan.ownTitle}
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={500} />
        </label>
        <button type="submit" className="button">
          {t.plan.addOwn}
        </button>
      </form>
    </>
  );
}
