// Everything, for tests and the progress page. Code that runs on every page
// imports ./browser, ./store, ./schema or ./course directly, so that the strict
// file validation (./validate, with its messages) stays out of the common chunk.
export * from './schema';
export * from './validate';
export * from './store';
export * from './course';
export * from './browser';
export * from './moved';
export * from './quiz-version';
export * from './quiz-legacy-versions';
