// The streak and this week's days as three figures: Today's glance, repeated on the session
// summary from the same lib function (lib/streaks glance).
import type { Glance } from '@/lib/streaks';
import { weekText } from '@/lib/streaks';
import { Stat } from './Stat';

export function GlanceStats({ glance }: { glance: Glance }) {
  return (
    <>
      <Stat value={glance.streak.current} label="day streak" />
      <Stat value={glance.streak.longest} label="best streak" />
      <Stat value={weekText(glance.week)} label="days done this week" />
    </>
  );
}
