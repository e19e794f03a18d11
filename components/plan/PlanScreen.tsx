'use client';
// The plan editor, the permission request when a reminder is switched on, and the calendar
// export (the reminder that works on every phone, offline).
import { useEffect, useState } from 'react';
import { saveFile } from '@/components/ui/save-file';
import { exercises } from '@/lib/content';
import { listDayMarks } from '@/lib/db/day-marks';
import { listDoses } from '@/lib/db/doses';
import { listPlan, ensureStarterPlan } from '@/lib/db/plan';
import { listSessions } from '@/lib/db/sessions';
import { nextDoses } from '@/lib/schedule/next-doses';
import { readSettings } from '@/lib/db/settings';
import { starterPlan } from '@/lib/schedule/starter-plan';
import { createBrowserPlatform } from '@/lib/reminders/notify';
import { useSafety } from '@/components/safety/use-safety';
import { holdsReminders } from '@/lib/safety/status';
import { CalendarExport } from './CalendarExport';
import { PlanEditor } from './PlanEditor';

async function askForNotifications(): Promise<string | null> {
  const platform = createBrowserPlatform();
  const support = platform.supports();
  if (!support.notifications) {
    return support.ios
      ? 'To get notifications on iPhone or iPad, add Backstride to your Home Screen first. The calendar export below works right away.'
      : 'This browser cannot show notifications. Use the calendar export below for reminders.';
  }
  const permission = platform.permission() === 'default' ? await platform.requestPermission() : platform.permission();
  if (permission === 'granted') {
    return support.periodicSync || support.installed
      ? null
      : 'Notifications come while Backstride is open. For reminders that always fire, also add the plan to your calendar below.';
  }
  return 'Notifications are blocked for Backstride in this browser’s settings. The calendar export below still works.';
}

async function downloadCalendar() {
  const [{ buildPlanCalendar, calendarFileName, planCalendarOptions }, plan, settings, sessions, marks, doses] = await Promise.all([
    import('@/lib/reminders/ics'),
    listPlan(),
    readSettings(),
    listSessions(),
    listDayMarks(),
    listDoses(),
  ]);
  const options = planCalendarOptions({
    now: Date.now(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    rolloverHour: settings.rolloverHour,
    url: window.location.origin,
    // The lengths and doses the next sessions will use, as Today and the routine cards show.
    decisions: nextDoses(exercises, sessions, marks, doses),
  });
  saveFile(buildPlanCalendar(plan, options), calendarFileName(), 'text/calendar');
}

export function PlanScreen() {
  const [ready, setReady] = useState(false);
  const safety = useSafety();
  const held = safety && holdsReminders(safety.status) ? safety.status.kind : null;
  useEffect(() => {
    const now = Date.now();
    ensureStarterPlan(now, starterPlan('balanced', now))
      .catch(() => {})
      .finally(() => setReady(true));
  }, []);
  if (!ready) return <p role="status">Loading your plan…</p>;
  return (
    <PlanEditor onReminderOn={askForNotifications}>
      <CalendarExport held={held} download={downloadCalendar} onReminderOn={askForNotifications} />
    </PlanEditor>
  );
}
