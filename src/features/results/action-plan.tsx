import { useId, useState, type FormEvent } from 'react';
import { PLAN_STATUSES, type PlanItem } from '../../engine/assessment';
import { useStrings } from '../../i18n/use-strings';
import { useAssessmentStore } from '../../store/assessment-store';

/** The action plan of one assessment: measures with owner, due date, status and note. */
export function ActionPlan({ assessmentId, plan }: { assessmentId: string; plan: PlanItem[] }) {
  const t = useStrings();
  const uid = useId();
  const { updatePlanItem, removePlanItem, addPlanItem } = useAssessmentStore.getState();
  const [title, setTitle] = useState('');

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
                  <div className="form-row">
                    <label htmlFor={`${id}-owner`}>{t.plan.owner}</label>
                    <input
                      id={`${id}-owner`}
                      value={item.owner}
                      maxLength={200}
                      onChange={(e) => updatePlanItem(assessmentId, item.id, { owner: e.target.value })}
                    />
                  </div>
                  <div className="form-row">
                    <label htmlFor={`${id}-due`}>{t.plan.due}</label>
                    <input
                      id={`${id}-due`}
                      type="date"
                      value={item.due}
                      onChange={(e) => updatePlanItem(assessmentId, item.id, { due: e.target.value })}
                    />
                  </div>
                  <div className="form-row">
                    <label htmlFor={`${id}-status`}>{t.plan.status}</label>
                    <select
                      id={`${id}-status`}
                      value={item.status}
                      onChange={(e) =>
                        updatePlanItem(assessmentId, item.id, {
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
                  </div>
                  <div className="form-row wide">
                    <label htmlFor={`${id}-note`}>{t.plan.note}</label>
                    <textarea
                      id={`${id}-note`}
                      value={item.note}
                      maxLength={5000}
                      rows={2}
                      onChange={(e) => updatePlanItem(assessmentId, item.id, { note: e.target.value })}
                    />
                  </div>
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
