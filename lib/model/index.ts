// The bottom layer: the records Backstride keeps, their ids and the limits of what they may
// hold. Everything else imports from here; this imports nothing of the app's.
export * from './day-key';
export * from './ids';
export * from './limits';
export * from './onboarding';
export * from './patch';
export * from './records';
export * from './screening';
export * from './session';
export * from './versioned';
export * from './kv-records';
export * from './walk-test';
