'use client';
// First-run questions: what bothers you, how far you walk before tightness starts, the red-flag
// screening, then a starter plan the answers chose (lib/schedule suggestedPlan), at the time of
// day the person picks, with or without reminders, shown with what it needs before it is saved.
// Skippable; answers are stored and never asked again unless the person asks (Settings links
// back here).
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import { ScreeningForm } from '@/components/safety/ScreeningForm';
import { OutcomeMessage } from '@/components/safety/OutcomeMessage';
import { listPlan } from '@/lib/db/plan';
import {
  isClockTime,
  optionalNumber,
  parseDecimal,
  TIME_OF_DAY_START,
  WALK_MINUTES,
  type Concern,
  type EasesLeaning,
  type StarterChoice,
  type TimeOfDay,
} from '@/lib/model';
import { ENTRY_MESSAGES } from '@/lib/schedule/plan-entry';
import { planFocus, starterPlan, suggestedPlan, timeOfDayOf } from '@/lib/schedule/starter-plan';
import { finishOnboarding, skipOnboarding } from '@/lib/db/safety';
import type { ScreeningOutcome } from '@/lib/safety/screening';
import { PlanPreview, planSummary } from './PlanPreview';

const CONCERNS: { value: Concern; label: string }[] = [
  { value: 'after-minutes', label: 'My back tightens when I walk' },
  { value: 'desk', label: 'My back gets stiff when I sit a lot, at a desk or in the car' },
  { value: 'stiffness', label: 'My back feels stiff in general' },
  { value: 'both', label: 'Both: it tightens when I walk, and it feels stiff' },
];

const EASES: { value: EasesLeaning; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

const TIMES: { value: TimeOfDay; label: string }[] = [
  { value: 'morning', label: 'Morning' },
  { value: 'midday', label: 'Midday' },
  { value: 'evening', label: 'Evening' },
];

const asksAboutWalking = (concern: Concern | undefined) => concern === 'after-minutes' || concern === 'both';

/** Optional: empty is "I don't know", anything else must be minutes a walk can have. */
export const BASELINE_MESSAGE = `Enter minutes as a number from ${WALK_MINUTES.min} to ${WALK_MINUTES.max}, or leave it empty.`;
const parseBaseline = (text: string) => optionalNumber(parseDecimal(text, WALK_MINUTES, { message: BASELINE_MESSAGE }));

type Step = 'about' | 'screening' | 'plan';

export function Onboarding() {
  const router = useRouter();
  const id = useId();
  const [step, setStep] = useState<Step>('about');
  const [concern, setConcern] = useState<Concern | undefined>();
  const [eases, setEases] = useState<EasesLeaning | undefined>();
  const [minutes, setMinutes] = useState('');
  const [minutesError, setMinutesError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ScreeningOutcome | null>(null);
  // One routine a day is where most people should start; a fuller week is one tap away.
  const [starter, setStarter] = useState<StarterChoice | 'keep'>('daily-only');
  const [time, setTime] = useState<string>(TIME_OF_DAY_START.morning);
  const [timeError, setTimeError] = useState<string | null>(null);
  // Answering the questions again must not wipe a plan someone has built: keep it by default.
  const [currentPlanSize, setCurrentPlanSize] = useState(0);
  useEffect(() => {
    listPlan()
      .then((plan) => {
        setCurrentPlanSize(plan.length);
        if (plan.length > 0) setStarter('keep');
      })
      .catch(() => {});
  }, []);
  const [reminders, setReminders] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const easesLeaning = asksAboutWalking(concern) ? eases : undefined;
  const makesPlan = starter === 'daily-only' || starter === 'balanced';
  const timeOk = isClockTime(time);
  const answers = { concern, easesLeaning, time, reminders };
  const plan = makesPlan && timeOk ? suggestedPlan(starter, answers, 0) : [];
  const focus = planFocus(concern, easesLeaning);

  const skip = async () => {
    try {
      const now = Date.now();
      await skipOnboarding(now, starterPlan('balanced', now));
    } catch {
      // Storage refused: Today still works and asks again next time.
    }
    router.replace('/');
  };

  const aboutNext = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = parseBaseline(minutes);
    if (!parsed.ok) {
      setMinutesError(parsed.message);
      return;
    }
    setMinutesError(null);
    setStep('screening');
  };

  const changeTime = (value: string) => {
    setTime(value);
    if (isClockTime(value)) setTimeError(null);
  };

  const finish = async (event: React.FormEvent) => {
    event.preventDefault();
    const now = Date.now();
    if (makesPlan && !timeOk) {
      setTimeError(ENTRY_MESSAGES.time);
      document.getElementById(`${id}-time`)?.focus();
      return;
    }
    // Checked on the first step; parsed again here so only a number that passed is stored.
    const parsed = parseBaseline(minutes);
    const baseline = parsed.ok ? parsed.value : undefined;
    try {
      await finishOnboarding(
        {
          finishedAt: now,
          skipped: false,
          concern,
          easesLeaning,
          baselineMinutes: baseline,
          ...(starter === 'keep' ? {} : { starter }),
          ...(makesPlan ? { timeOfDay: timeOfDayOf(time), time } : {}),
          reminders: makesPlan && reminders,
        },
        starter === 'keep' ? null : makesPlan ? suggestedPlan(starter, { concern, easesLeaning, time, reminders }, now) : [],
        now,
      );
      if (makesPlan && reminders && typeof Notification !== 'undefined' && Notification.permission === 'default') {
        await Notification.requestPermission().catch(() => 'default');
      }
      router.replace('/');
    } catch {
      setError('Your answers could not be saved on this device. You can still use Backstride; it will ask again next time.');
    }
  };

  return (
    <div className="onboarding">
      <p className="muted">Step {step === 'about' ? 1 : step === 'screening' ? 2 : 3} of 3</p>
      {step === 'about' && (
        <form onSubmit={aboutNext} noValidate className="stack">
          <h2>What brings you here?</h2>
          <fieldset className="choice-group column">
            <legend>What bothers you most?</legend>
            {CONCERNS.map((c) => (
              <label key={c.value} className="choice tall">
                <input type="radio" name={`${id}-concern`} checked={concern === c.value} onChange={() => setConcern(c.value)} />
                <span>{c.label}</span>
              </label>
            ))}
          </fieldset>
          {asksAboutWalking(concern) && (
            <fieldset className="choice-group thirds">
              <legend>When it tightens on a walk, does it ease if you sit down or lean forward, for example on a shopping trolley?</legend>
              {EASES.map((e) => (
                <label key={e.value} className="choice">
                  <input type="radio" name={`${id}-eases`} checked={eases === e.value} onChange={() => setEases(e.value)} />
                  {e.label}
                </label>
              ))}
            </fieldset>
          )}
          <div className="field">
            <label htmlFor={`${id}-minutes`}>About how many minutes can you walk before your back tightens? (optional)</label>
            <input
              id={`${id}-minutes`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              aria-invalid={minutesError ? true : undefined}
              aria-describedby={minutesError ? `${id}-minutes-error` : `${id}-minutes-hint`}
            />
            <FieldMessage id={`${id}-minutes`} error={minutesError} note="This is your starting point: Progress shows whether your walks get longer." />
          </div>
          <div className="button-row">
            <button type="submit" className="button">
              Next
            </button>
            <button type="button" className="button secondary" onClick={skip}>
              Skip for now
            </button>
          </div>
        </form>
      )}
      {step === 'screening' && (
        <div className="stack">
          <h2>First, a safety check</h2>
          <p>Some signs mean you should see a doctor or physiotherapist before exercising. Please answer honestly; your answers stay on this device.</p>
          {outcome === null ? (
            <ScreeningForm rolloverHour={3} onDone={setOutcome} />
          ) : (
            <>
              <OutcomeMessage outcome={outcome} />
              {outcome === 'emergency' ? (
                <p className="notice">Backstride will not suggest any exercise until a doctor has seen you. Please get care now.</p>
              ) : (
                <button type="button" className="button" onClick={() => setStep('plan')}>
                  Next
                </button>
              )}
            </>
          )}
        </div>
      )}
      {step === 'plan' && (
        <form onSubmit={finish} noValidate className="stack">
          <h2>Your starting plan</h2>
          <fieldset className="choice-group column">
            <legend>How much would you like to do? You can change it any time under Plan.</legend>
            {currentPlanSize > 0 && (
              <label className="choice tall">
                <input type="radio" name={`${id}-starter`} checked={starter === 'keep'} onChange={() => setStarter('keep')} />
                <span>
                  <strong>Keep my current plan</strong>
                  <span className="muted block">
                    {currentPlanSize} {currentPlanSize === 1 ? 'entry' : 'entries'}, as you set them up.
                  </span>
                </span>
              </label>
            )}
            {(['daily-only', 'balanced'] as const).map((choice) => {
              const summary = planSummary(suggestedPlan(choice, { ...answers, time: TIME_OF_DAY_START.morning }, 0));
              return (
                <label key={choice} className="choice tall">
                  <input type="radio" name={`${id}-starter`} checked={starter === choice} onChange={() => setStarter(choice)} />
                  <span>
                    <strong>{choice === 'daily-only' ? 'One routine a day' : 'A fuller week'}</strong>
                    <span className="muted block">{summary}</span>
                  </span>
                </label>
              );
            })}
            <label className="choice tall">
              <input type="radio" name={`${id}-starter`} checked={starter === 'none'} onChange={() => setStarter('none')} />
              <span>
                <strong>I’ll make my own</strong>
                <span className="muted block">Start with an empty plan.</span>
              </span>
            </label>
          </fieldset>
          {makesPlan && (
            <>
              <fieldset className="choice-group thirds">
                <legend>When suits you best?</legend>
                {TIMES.map((t) => (
                  <label key={t.value} className="choice">
                    <input
                      type="radio"
                      name={`${id}-time-of-day`}
                      checked={timeOfDayOf(time) === t.value}
                      onChange={() => changeTime(TIME_OF_DAY_START[t.value])}
                    />
                    {t.label}
                  </label>
                ))}
              </fieldset>
              <div className="field">
                <label htmlFor={`${id}-time`}>Start time</label>
                <input
                  id={`${id}-time`}
                  type="time"
                 
                  value={time}
                  onChange={(e) => changeTime(e.target.value)}
                  aria-invalid={timeError ? true : undefined}
                  aria-describedby={timeError ? `${id}-time-error` : `${id}-time-hint`}
                />
                <FieldMessage id={`${id}-time`} error={timeError} note="Change it to suit your day." />
              </div>
              <label className="switch">
                <input type="checkbox" checked={reminders} onChange={(e) => setReminders(e.target.checked)} />
                {plan.length > 1 ? 'Remind me when each routine is due' : `Remind me at ${timeOk ? time : 'this time'}`}
              </label>
              {reminders && <p className="field-note">Your browser will ask whether Backstride may show notifications.</p>}
              {timeOk ? <PlanPreview plan={plan} focus={focus} reminders={reminders} /> : <p className="muted">Enter a start time to see your plan.</p>}
            </>
          )}
          {error && (
            <p className="notice" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button">
            Start using Backstride
          </button>
        </form>
      )}
    </div>
  );
}

/** Under a field: its error (`<id>-error`) when there is one, else its note (`<id>-hint`). */
function FieldMessage({ id, error, note }: { id: string; error: string | null; note: string }) {
  return error ? (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  ) : (
    <p id={`${id}-hint`} className="field-note">
      {note}
    </p>
  );
}
