// The suggested plans a person can start from (onboarding offers the choice; skipping the
// welcome questions takes the balanced one).
import { newId, type PlanEntry, type StarterChoice, type Weekday } from '@/lib/model';

export function starterPlan(choice: StarterChoice, now: number): PlanEntry[] {
  const entry = (routineId: string, weekdays: Weekday[], time: string): PlanEntry => ({
    id: newId(),
    routineId,
    weekdays,
    time,
    reminder: false,
    remindMinutesBefore: 0,
    createdAt: now,
  });
  switch (choice) {
    case 'none':
      return [];
    case 'daily-only':
      return [entry('walk-ready', [0, 1, 2, 3, 4, 5, 6], '07:30')];
    case 'balanced':
      return [
        entry('walk-ready', [0, 1, 2, 3, 4, 5, 6], '07:30'),
        entry('core-glutes', [1, 3, 5], '18:00'),
        entry('hamstrings', [0, 2, 4, 6], '18:00'),
        entry('hip-flexors', [0, 2, 4, 6], '18:10'),
      ];
  }
}

