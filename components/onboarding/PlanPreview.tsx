// The plan the welcome answers chose, shown before it is saved: each entry with its time, days
// and length, what to have to hand, why it suits the answers, and whether reminders are on.
import { getRoutine, PROP_LABEL, routineSeconds } from '@/lib/content';
import type { PlanEntry, Weekday } from '@/lib/model';
import { FOCUS_REASON, planDaysText, planProps, type PlanFocus } from '@/lib/schedule/starter-plan';

const seconds = (entry: Pick<PlanEntry, 'routineId'>) => {
  const routine = getRoutine(entry.routineId);
  return routine ? routineSeconds(routine) : 0;
};
const minutesText = (s: number) => `${Math.max(1, Math.round(s / 60))}`;
const routineName = (entry: Pick<PlanEntry, 'routineId'>) => getRoutine(entry.routineId)?.name ?? entry.routineId;

/** A plan in a sentence: "Walk-ready every day, about 10 minutes." */
export function planSummary(plan: readonly PlanEntry[]): string {
  const [first, ...rest] = plan;
  if (!first) return 'Nothing planned.';
  const perDay = ([0, 1, 2, 3, 4, 5, 6] as const satisfies readonly Weekday[]).map((day) =>
    plan.filter((e) => e.weekdays.includes(day)).reduce((total, e) => total + seconds(e), 0),
  );
  const low = minutesText(Math.min(...perDay.filter((s) => s > 0)));
  const high = minutesText(Math.max(...perDay));
  const length = low === high ? `about ${low} minutes` : `about ${low} to ${high} minutes a day`;
  if (rest.length === 0) return `${routineName(first)} ${planDaysText(first.weekdays).toLowerCase()}, ${length}.`;
  return `${routineName(first)} every day, plus strength or stretches straight after it on some days: ${length}.`;
}

export function PlanPreview({ plan, focus, reminders }: { plan: readonly PlanEntry[]; focus: PlanFocus; reminders: boolean }) {
  const props = planProps(plan);
  return (
    <section className="card plan-preview" aria-labelledby="plan-preview-title">
      <h3 id="plan-preview-title">Your plan</h3>
      <ul className="plan-preview-list">
        {plan.map((entry) => (
          <li key={`${entry.routineId} ${entry.time}`}>
            <span className="plan-preview-time">{entry.time}</span>
            <span>
              <strong>{routineName(entry)}</strong>
              <span className="muted block">
                {planDaysText(entry.weekdays)}, about {minutesText(seconds(entry))} min
              </span>
            </span>
          </li>
        ))}
      </ul>
      <p>
        <strong>You will need:</strong> {props.length > 0 ? props.map((p) => PROP_LABEL[p]).join('; ') : 'nothing but a little space'}.
      </p>
      <p>
        <strong>Why this plan:</strong> {FOCUS_REASON[focus]}
      </p>
      {focus === 'stenosis' && (
        <p>
          <strong>On a walk:</strong> when your back tightens, lean forward on something steady for a minute, or use the Mid-walk reset under Relief.
        </p>
      )}
      <p>
        <strong>Reminders:</strong>{' '}
        {reminders ? (plan.length > 1 ? 'a notification at each time.' : `a notification at ${plan[0]?.time}.`) : 'off. You can turn them on under Plan.'}
      </p>
    </section>
  );
}
