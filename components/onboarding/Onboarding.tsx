'use client';
// First-run questions: what bothers you, how far you walk before tightness starts, the red-flag
// screening, a starter plan and reminders. Skippable; answers are stored and never asked again
// unless the person asks (Settings links back here).
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import { ScreeningForm } from '@/components/safety/ScreeningForm';
import { OutcomeMessage } from '@/components/safety/OutcomeMessage';
import { listPlan } from '@/lib/db/plan';
import { optionalNumber, parseDecimal, WALK_MINUTES, type StarterChoice } from '@/lib/model';
import { starterPlan } from '@/lib/schedule/starter-plan';
import { finishOnboarding, skipOnboarding, type Concern } from '@/lib/db/safety';
import type { ScreeningOutcome } from '@/lib/safety/screening';

const CONCERNS: { value: Concern; label: string }[] = [
  { value: 'after-minutes', label: 'My back tightens after a few minutes of walking' },
  { value: 'stiffness', label: 'My back feels stiff in general' },
  { value: 'both', label: 'Both' },
];

/** Optional: empty is "I don't know", anything else must be minutes a walk can have. */
export const BASELINE_MESSAGE = `Enter minutes as a number from ${WALK_MINUTES.min} to ${WALK_MINUTES.max}, or leave it empty.`;
const parseBaseline = (text: string) => optionalNumber(parseDecimal(text, WALK_MINUTES, { message: BASELINE_MESSAGE }));

const STARTERS: { value: StarterChoice; label: string; detail: string }[] = [
  { value: 'balanced', label: 'Balanced week', detail: 'Walk-ready every morning at 07:30, plus core and glutes on Mon/Wed/Fri and stretches on the other days.' },
  { value: 'daily-only', label: 'Just the daily routine', detail: 'Walk-ready every morning at 07:30, about 10 minutes.' },
  { value: 'none', label: 'I’ll make my own', detail: 'Start with an empty plan.' },
];

type Step = 'about' | 'screening' | 'plan';

export function Onboarding() {
  const router = useRouter();
  const id = useId();
  const [step, setStep] = useState<Step>('about');
  const [concern, setConcern] = useState<Concern | undefined>();
  const [minutes, setMinutes] = useState('');
  const [minutesError, setMinutesError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ScreeningOutcome | null>(null);
  const [starter, setStarter] = useState<StarterChoice | 'keep'>('balanced');
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

  const finish = async (event: React.FormEvent) => {
    event.preventDefault();
    const now = Date.now();
    // Checked on the first step; parsed again here so only a number that passed is stored.
    const parsed = parseBaseline(minutes);
    const baseline = parsed.ok ? parsed.value : undefined;
    try {
      await finishOnboarding(
        { finishedAt: now, skipped: false, concern, baselineMinutes: baseline, ...(starter === 'keep' ? {} : { starter }), reminders },
        starter === 'keep' ? null : starterPlan(starter, now).map((e) => ({ ...e, reminder: reminders })),
        now,
      );
      if (reminders && typeof Notification !== 'undefined' && Notification.permission === 'default') {
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
              <label key={c.value} className="choice">
                <input type="radio" name={`${id}-concern`} checked={concern === c.value} onChange={() => setConcern(c.value)} />
                {c.label}
              </label>
            ))}
          </fieldset>
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
            {minutesError ? (
              <p id={`${id}-minutes-error`} className="field-error">
                {minutesError}
              </p>
            ) : (
              <p id={`${id}-minutes-hint`} className="field-note">
                This is your starting point: Progress shows whether your walks get longer.
              </p>
            )}
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
        <form onSubmit={finish} className="stack">
          <h2>Your starting plan</h2>
          <fieldset className="choice-group column">
            <legend>Pick a plan. You can change it any time under Plan.</legend>
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
            {STARTERS.map((s) => (
              <label key={s.value} className="choice tall">
                <input type="radio" name={`${id}-starter`} checked={starter === s.value} onChange={() => setStarter(s.value)} />
                <span>
                  <strong>{s.label}</strong>
                  <span className="muted block">{s.detail}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <label className="switch">
            <input type="checkbox" checked={reminders} onChange={(e) => setReminders(e.target.checked)} />
            Remind me at these times (your browser will ask for permission)
          </label>
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
