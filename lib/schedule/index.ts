// The schedule's public face: what the plan asks for on a day, reminders, and progression.
// Pure functions of plan, history and `now`/`today`; the clock and storage live elsewhere.
export * from './due';
export * from './reminders';
export * from './progression';
export * from './next-doses';
export * from './starter-plan';
