// The schedule's public face: what the plan asks for on a day, reminders, progression, and
// whether a plan entry can be saved.
// Pure functions of plan, history and `now`/`today`; the clock and storage live elsewhere.
export * from './due';
export * from './day-plan';
export * from './reminders';
export * from './progression';
export * from './next-doses';
export * from './plan-entry';
export * from './starter-plan';
export * from './summary';
