// Walks: the walk log's fields and validation, the mid-walk quick entry, and the tolerance trend.
export * from './mid-walk';
export * from './result';
export * from './tolerance';
export * from './walk-log';
