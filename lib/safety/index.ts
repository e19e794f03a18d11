// Safety: red-flag screening, when to offer it again, and when to stop an exercise.
export * from './checkin-rule';
export * from './screening';
export * from './stop-signs';
