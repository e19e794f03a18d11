'use client';
// Today: what the plan asks for, in time order, each one tap from starting or ticking off;
// skip and flare one tap away; the streak and this week's adherence at a glance.
import { useLiveQuery } from 'dexie-react-hooks';
import Link from 'next/link';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { GlanceStats } from '@/components/ui/GlanceStats';
import { useNow } from '@/components/ui/use-now';
import { EmergencyHold } from '@/components/safety/EmergencyHold';
import { RecheckCard, SeeSoonBanner } from '@/components/safety/SeeSoonBanner';
import { safetyView } from '@/components/safety/use-safety';
import { RunningWalkCard } from '@/components/relief/RunningWalkCard';
import { saveFailedMessage } from '@/lib/db/write-failure';
import { CheckInCard } from './CheckInCard';
import { ReliefCard, WelcomeCard } from './TodayCards';
import { rememberLayout } from '@/lib/prefs/set-up';
import { exercises, formatDose, formatDuration, getRoutine } from '@/lib/content';
import { listDoses } from '@/lib/db/doses';
import { loadActiveSession } from '@/lib/db/active-session';
import { listDayMarks, markDay, unmarkDay } from '@/lib/db/day-marks';
import { doneElsewhereId } from '@/lib/model';
import { listPlan } from '@/lib/db/plan';
import { listSessions, recordManualSession } from '@/lib/db/sessions';
import { listScreenings, readOnboarding, skipOnboarding } from '@/lib/db/safety';
import { readSettings } from '@/lib/db/settings';
import type { DayMarkKind } from '@/lib/model';
import { dayKey } from '@/lib/days';
import { dueToday, markOn, nextDoses, nextRoutine, starterPlan, type DueStatus, type WeekGoal } from '@/lib/schedule';
import styles from './today.module.css';
import { glance, streakStory, type History } from '@/lib/streaks';
import { StreakWhy } from '@/components/streaks/StreakWhy';

const STATUS_TEXT: Record<DueStatus, string> = {
  done: 'Done',
  due: 'Due now',
  overdue: 'Overdue',
  upcoming: 'Later today',
  skipped: 'Skipped',
  gentle: 'When you’re ready',
};

async function readToday() {
  try {
    const [plan, sessions, marks, settings, active, onboarding, screenings, doses] = await Promise.all([
      listPlan(),
      listSessions(),
      listDayMarks(),
      readSettings(),
      loadActiveSession(),
      readOnboarding(),
      listScreenings(),
      listDoses(),
    ]);
    return { ok: true as const, plan, sessions, marks, settings, active, onboarding, screenings, doses };
  } catch {
    // Storage refused (a private window, a denied permission): say so rather than load forever.
    return { ok: false as const };
  }
}

export function TodayView({ placeholder = null }: { placeholder?: ReactNode }) {
  const now = useNow();
  const [error, setError] = useState<string | null>(null);
  const data = useLiveQuery(readToday, []);

  const view = useMemo(() => {
    if (!data?.ok) return null;
    const { plan, sessions, marks, settings } = data;
    const today = dayKey(now, settings.rolloverHour);
    const history: History = { plan, sessions, marks, today, options: settings };
    return {
      today,
      items: dueToday(plan, sessions, marks, today, now, settings),
      mark: markOn(marks, today),
      glance: glance(history),
      streak: streakStory(history),
      rolloverHour: settings.rolloverHour,
      // The doses the player will use next, so each item quotes its real length.
      decisions: nextDoses(exercises, sessions, marks, data.doses),
      safety: safetyView(data.screenings, settings, now),
    };
  }, [data, now]);

  // The static layout holds its place until the records are read; the mirror keeps it right.
  useEffect(() => {
    if (data?.ok) rememberLayout('setUp', Boolean(data.onboarding));
  }, [data]);

  if (!data) return placeholder;
  if (!data.ok || !view) return <StorageUnreadable />;

  // A failed write is said above the screen, which stays usable; the next success clears it.
  const act = (work: Promise<unknown>) =>
    work.then(
      () => setError(null),
      (caught: unknown) => setError(saveFailedMessage('That', caught)),
    );
  const errorNotice = error && (
    <p className="notice" role="alert">
      {error}
    </p>
  );
  const setMark = (kind: DayMarkKind) => act(markDay(view.today, kind, Date.now()));

  const { status, recheck } = view.safety;
  // After an emergency answer nothing else is offered, on that day or any later one.
  if (status.kind === 'emergency') return <EmergencyHold record={status.record} />;
  const onHold = status.kind === 'see-soon' && status.stage === 'advice' && !status.continued;

  if (!data.onboarding) {
    const skipToSuggested = () => {
      const now = Date.now();
      void act(skipOnboarding(now, starterPlan('balanced', now)));
    };
    return (
      <>
        <WelcomeCard onSkip={skipToSuggested} notice={errorNotice} />
        <ReliefCard />
      </>
    );
  }

  return (
    <>
      {errorNotice}
      {status.kind === 'see-soon' && <SeeSoonBanner status={status} onToday />}
      {recheck && <RecheckCard reason={recheck} />}
      <RunningWalkCard />
      {data.active && data.active.state.status !== 'finished' && (
        <section className="card highlight" aria-labelledby="in-progress">
          <h2 id="in-progress">Session in progress</h2>
          <p>{getRoutine(data.active.routineId)?.name ?? 'A routine'} is waiting where you left it.</p>
          <Link className="button" href={`/session?routine=${data.active.routineId}`}>
            Continue session
          </Link>
        </section>
      )}

      <section aria-labelledby="glance" className="glance">
        <h2 id="glance" className="visually-hidden">
          At a glance
        </h2>
        <GlanceStats glance={view.glance} />
        <StreakWhy story={view.streak} />
      </section>

      <section aria-labelledby="due-today">
        <h2 id="due-today">Today’s routines</h2>
        {view.mark === 'flare' && (
          <p className="notice">Flare day: today’s plan is gentle resets only. Doing one counts the day as done. Be kind to your back.</p>
        )}
        {onHold ? (
          <p className="card">On hold while you wait to see a doctor or physiotherapist. Choose “Carry on with my routines” above to see them.</p>
        ) : view.items.length === 0 ? (
          <p className="card">
            Nothing planned today: a rest day. <Link href="/plan">Change your plan</Link>
          </p>
        ) : (
          <ul className="due-list">
            {view.items.map((item) => {
              const routine = getRoutine(item.routineId);
              if (!routine) return null;
              const next = nextRoutine(routine, view.decisions);
              const changed = next.doses.filter((d) => d.change !== null);
              return (
                <li key={item.entryId} className="card due-item" data-status={item.status}>
                  <div className="due-main">
                    <span className="due-time">{item.time}</span>
                    <h3>{routine.name}</h3>
                    <span className="muted">
                      {formatDuration(next.seconds)}
                      {next.change && ` (${next.change})`}
                      {item.replaces && ` · instead of ${getRoutine(item.replaces)?.name ?? 'a strength routine'}`}
                    </span>
                    {item.goal && <span className="muted due-goal">{goalText(item.goal, item.status === 'done')}</span>}
                    <span className="status-pill" data-status={item.status}>
                      {STATUS_TEXT[item.status]}
                    </span>
                  </div>
                  {changed.length > 0 && item.status !== 'done' && (
                    <ul className={styles.doses} aria-label={`Next doses for ${routine.name}`}>
                      {changed.map((d) => (
                        <li key={d.exercise.id}>
                          {d.exercise.name}: {formatDose(d.dose)} <span className="muted">({d.change})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                  {item.status !== 'done' && (
                    <div className="due-actions">
                      <Link className="button" href={`/session?routine=${routine.id}`} aria-label={`Start ${routine.name}`}>
                        Start
                      </Link>
                      <button
                        type="button"
                        className="button secondary"
                        aria-label={`Mark ${routine.name} as done`}
                        onClick={() => act(recordManualSession({ id: doneElsewhereId(item.entryId, view.today), routineId: routine.id, at: Date.now(), day: view.today }))}
                      >
                        Done elsewhere
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <CheckInCard rolloverHour={view.rolloverHour} />

      <section aria-labelledby="day-marks" className="card">
        <h2 id="day-marks">Not today?</h2>
        {view.mark ? (
          <p>
            Today is marked as a {view.mark === 'flare' ? 'flare day' : 'skip day'}. {view.streak.todayMark}{' '}
            <button type="button" className="link-button" onClick={() => act(unmarkDay(view.today))}>
              Undo
            </button>
          </p>
        ) : (
          <>
            <p className="muted">{view.streak.markHint}</p>
            <div className="button-row">
              <button type="button" className="button secondary" onClick={() => setMark('skip')}>
                Skip today
              </button>
              <button type="button" className="button secondary" onClick={() => setMark('flare')}>
                Flare day
              </button>
            </div>
          </>
        )}
      </section>

      <ReliefCard />
    </>
  );
}

/** "1 of 3 this week", and when the days left are just enough, that today is needed. */
function goalText(goal: WeekGoal, doneToday: boolean): string {
  const done = goal.doneBefore + (doneToday ? 1 : 0);
  const count = `${done} of ${goal.times} this week`;
  return !doneToday && goal.must ? `${count}: today is needed to reach ${goal.times}` : count;
}

function StorageUnreadable() {
  return (
    <div className="notice" role="alert">
      <p>Backstride cannot read this device’s storage, so today’s plan cannot be shown right now.</p>
      <p>
        Routines still run: <Link href="/routines">pick a routine</Link> or use <Link href="/relief">Relief</Link>. Nothing will be saved until storage
        works again (a private window or a blocked site permission can cause this).
      </p>
    </div>
  );
}
