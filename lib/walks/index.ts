// Walks: the walk log's fields and validation, the mid-walk quick entry, the tolerance trend
// and the guided walking test: its timing, its trend and step counting.
export * from './mid-walk';
export * from './result';
export * from './tolerance';
export * from './walk-log';
export * from './walk-test';
export * from './walk-test-trend';
export * from './steps';
