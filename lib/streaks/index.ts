// Streaks, habit strength, weekly adherence and the calendar, as pure functions of a
// History (plan, sessions, marks, today, options). Components get these through hooks.
export * from './history';
export * from './streaks';
export * from './strength';
export * from './adherence';
export * from './tightness';
export * from './glance';
export * from './explain';
