'use client';
// Progress: streaks and habit strength, the last three months as a calendar, weekly
// adherence, the tightness and walking-tolerance trends, and the editable session and
// check-in histories.
import { useLiveQuery } from 'dexie-react-hooks';
import Link from 'next/link';
import { useEffect, useMemo } from 'react';
import { Stat } from '@/components/ui/Stat';
import { StreakWhyFor } from '@/components/streaks/StreakWhy';
import { useNow } from '@/components/ui/use-now';
import { listCheckIns } from '@/lib/db/check-ins';
import { listDayMarks } from '@/lib/db/day-marks';
import { listPlan } from '@/lib/db/plan';
import { readOnboarding } from '@/lib/db/safety';
import { listSessions } from '@/lib/db/sessions';
import { readSettings } from '@/lib/db/settings';
import { listWalkTests } from '@/lib/db/walk-tests';
import { listWalks } from '@/lib/db/walks';
import { rememberLayout } from '@/lib/prefs/set-up';
import { walkTestDue, walkTestHeadline, walkTestPoints } from '@/lib/walks';
import { CalendarHeatmap } from './CalendarHeatmap';
import { CheckInHistory } from './CheckInHistory';
// Charts ride in this screen's lazily loaded chunk (never in the page's first load). A
// separate next/dynamic chunk would reveal them through Suspense, which React throttles.
import { AdherenceBars, StrengthSparkline, TightnessChart, ToleranceChart, WalkTestChart } from './Charts';
import { formatDay, progressView, TREND_DAYS, type ProgressView } from './progress-view';
import { minutesText, ProgressEmpty, ProgressPlaceholder } from './ProgressEmpty';
import { SessionHistory } from './SessionHistory';
import styles from './progress.module.css';

async function readProgress() {
  try {
    const [plan, sessions, marks, settings, checkIns, walks, walkTests, onboarding] = await Promise.all([
      listPlan(),
      listSessions(),
      listDayMarks(),
      readSettings(),
      listCheckIns(),
      listWalks(),
      listWalkTests(),
      readOnboarding(),
    ]);
    return { ok: true as const, plan, sessions, marks, settings, checkIns, walks, walkTests, baseline: onboarding?.baselineMinutes };
  } catch {
    return { ok: false as const };
  }
}

export interface ProgressScreenProps {
  /**
   * Minutes the person could walk before tightness when they started: a reference line on
   * the walking-tolerance chart. Defaults to the onboarding answer, if they gave one.
   */
  readonly baselineMinutes?: number;
}

export function ProgressScreen({ baselineMinutes }: ProgressScreenProps) {
  const now = useNow(60_000);
  const data = useLiveQuery(readProgress, []);

  const view = useMemo(
    () => (data?.ok ? progressView({ ...data, baseline: baselineMinutes ?? data.baseline }, now) : null),
    [data, now, baselineMinutes],
  );
  // The static page draws the empty card or "Loading…" by this mirror (ProgressPlaceholder).
  const hasHistory = view ? !(view.empty && data?.ok && data.walkTests.length === 0) : null;
  useEffect(() => {
    if (hasHistory !== null) rememberLayout('hasHistory', hasHistory);
  }, [hasHistory]);

  if (!data) return <ProgressPlaceholder />;
  if (!data.ok || !view) {
    return (
      <p className="notice" role="alert">
        Backstride cannot read this device’s storage, so your history cannot be shown right now.
      </p>
    );
  }
  if (view.empty && data.walkTests.length === 0) return <ProgressEmpty baseline={view.baseline} />;

  const series = view.strength.series.slice(-TREND_DAYS);
  return (
    <div className={styles.screen}>
      {view.early && <FirstWeeks view={view} />}

      <section aria-labelledby="progress-streak">
        <h2 id="progress-streak">Streak and habit strength</h2>
        <div className={styles.stats}>
          <Stat value={view.streak.current} label="day streak" />
          <Stat value={view.streak.longest} label="best streak" />
          <Stat value={`${Math.round(view.strength.score)} %`} label="habit strength" />
        </div>
        <StreakWhyFor plan={data.plan} sessions={data.sessions} marks={data.marks} settings={data.settings} today={view.today} />
        <p className="muted">
          Streaks count planned days, so rest days never break one. Habit strength (0–100 %) grows with each planned day you
          do and eases down slowly when you miss one; skip and flare days leave both alone.
        </p>
        {/* A trend needs a week of days; fewer would be a line through one or two dots. */}
        {series.length >= MIN_TREND_POINTS && <StrengthSparkline series={series} />}
      </section>

      <section aria-labelledby="progress-calendar">
        <h2 id="progress-calendar">Calendar</h2>
        <CalendarHeatmap days={view.days} weekStartsOn={view.weekStartsOn} />
      </section>

      {view.adherence.length > 1 && (
        <section aria-labelledby="progress-weeks">
          <h2 id="progress-weeks">Weekly adherence</h2>
          <AdherenceBars weeks={view.adherence} />
        </section>
      )}

      {view.tightness.days.length > 1 && (
        <section aria-labelledby="progress-tightness">
          <h2 id="progress-tightness">Tightness</h2>
          <TightnessChart days={view.tightness.days} from={view.tightness.from} to={view.today} />
        </section>
      )}

      {(view.tolerance.length > 0 || view.baseline !== undefined) && (
        <section aria-labelledby="progress-walking">
          <h2 id="progress-walking">Walking tolerance</h2>
          {view.toleranceHeadline && <p className={styles.headline}>{view.toleranceHeadline}.</p>}
          {view.tolerance.length > 0 ? (
            <ToleranceChart points={view.tolerance} baseline={view.baseline} />
          ) : (
            <p className="muted">Log your walks on Relief: this shows how long you can walk before tightness starts, against where you started.</p>
          )}
        </section>
      )}

      <WalkTests tests={data.walkTests} today={view.today} />

      <section aria-labelledby="progress-history">
        <h2 id="progress-history">History</h2>
        <SessionHistory sessions={data.sessions} today={view.today} />
      </section>

      <section aria-labelledby="progress-check-ins">
        <h2 id="progress-check-ins">Check-ins</h2>
        <CheckInHistory checkIns={data.checkIns} sessions={data.sessions} today={view.today} />
      </section>

      <section className="card" aria-labelledby="progress-report">
        <h2 id="progress-report">Show your physiotherapist</h2>
        <p>A one- or two-page summary of your sessions, doses, tightness and walks, to print or share as a file.</p>
        <Link className="button secondary" href="/report">
          Make a report
        </Link>
      </section>
    </div>
  );
}

/**
 * The walking tests: each against the first, in words and as a chart, and the next one offered
 * every two weeks or more. A separate trend from the logged walks, which differ day to day.
 */
function WalkTests({ tests, today }: { tests: ProgressData['walkTests']; today: string }) {
  const points = walkTestPoints(tests);
  const headline = walkTestHeadline(points, today, (day) => formatDay(day, today));
  const { due, daysSince } = walkTestDue(points, today);
  return (
    <section aria-labelledby="progress-walk-tests">
      <h2 id="progress-walk-tests">Walking test</h2>
      {headline ? <p className={styles.headline}>{headline}</p> : <p>A walking test measures how far you can walk before tightness starts, the same way each time, so you can see it change.</p>}
      {points.length > 1 && <WalkTestChart points={points} />}
      <p className="muted">
        {daysSince === null
          ? 'It takes up to 30 minutes, at your own pace.'
          : due
            ? `Your last test was ${daysSince} days ago: every two to four weeks shows the change best.`
            : 'Another in two to four weeks shows the change best.'}
      </p>
      <Link className={`button${due ? '' : ' secondary'}`} href="/walk-test">
        {points.length === 0 ? 'Do a walking test' : 'Do another walking test'}
      </Link>
    </section>
  );
}

type ProgressData = Extract<Awaited<ReturnType<typeof readProgress>>, { ok: true }>;

/** Fewest days of habit strength worth drawing as a line. */
const MIN_TREND_POINTS = 7;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The first weeks: what there is so far, in words, before charts have anything to draw. */
function FirstWeeks({ view }: { view: ProgressView }) {
  const week = view.thisWeek;
  return (
    <section className={`card ${styles.firstWeeks}`} aria-labelledby="progress-first-weeks">
      <h2 id="progress-first-weeks">Your first weeks</h2>
      <p>
        <strong>This week:</strong>{' '}
        {week && week.scheduled > 0
          ? `${week.done} of ${plural(week.scheduled, 'planned day', 'planned days')} done so far.`
          : `${plural(view.sessionsThisWeek, 'session', 'sessions')} so far; no planned day is over yet.`}
      </p>
      <p>
        <strong>Since you started</strong> on {formatDay(view.firstUse, view.today)}: {plural(view.sessionCount, 'session', 'sessions')}
        {/* Routines ticked off as done elsewhere have no length: minutes only when guided ones add up. */}
        {view.sessionMinutes > 0 ? `, ${minutesText(view.sessionMinutes)} guided` : ''}.
      </p>
      {view.baseline !== undefined && (
        <p>
          <strong>Walking:</strong> when you started, about {minutesText(view.baseline)} before your back tightened.
        </p>
      )}
      <p className="muted">The calendar and the charts fill in as the weeks go by.</p>
    </section>
  );
}
