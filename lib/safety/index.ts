// Safety: red-flag screening, where the person stands after it, the emergency number, when to
// offer it again, and when to stop an exercise.
export * from './checkin-rule';
export * from './emergency-number';
export * from './review';
export * from './screening';
export * from './status';
export * from './stop-signs';
