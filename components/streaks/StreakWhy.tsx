// The line under a streak that says why it stands where it does, with the rules one tap away.
// Today and Progress both show it, from lib/streaks' streakStory, so their words agree.
import { useMemo } from 'react';
import type { DayKey, DayMark, PlanEntry, SessionRecord, Settings } from '@/lib/model';
import { STREAK_RULES, streakStory, type StreakStory } from '@/lib/streaks';
import styles from './streaks.module.css';

export function StreakWhy({ story }: { story: StreakStory }) {
  return (
    <div className={styles.why} data-testid="streak-why">
      <p>{story.why}</p>
      {story.excusedText && <p className="muted">{story.excusedText}</p>}
      <details className={styles.rules}>
        <summary>How the streak works</summary>
        <ul>
          {STREAK_RULES.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

/** StreakWhy from stored rows, for a screen that does not build the story itself (Progress). */
export function StreakWhyFor({
  plan,
  sessions,
  marks,
  settings,
  today,
}: {
  plan: readonly PlanEntry[];
  sessions: readonly SessionRecord[];
  marks: readonly DayMark[];
  settings: Pick<Settings, 'rolloverHour' | 'weekStartsOn' | 'minimumPerDay'>;
  today: DayKey;
}) {
  const story = useMemo(
    () => streakStory({ plan, sessions, marks, today, options: settings }),
    [plan, sessions, marks, settings, today],
  );
  return <StreakWhy story={story} />;
}
