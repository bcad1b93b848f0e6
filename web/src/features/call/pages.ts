// The call's two pages in one chunk, reached through one `import()` in the route table: every lazy import costs the
// app's entry (which every phone loads first, on the join and session pages too) the list of chunks it needs, and
// one list is cheaper than two.
export { CallPage } from './CallPage';
export { ModerationQueuePage } from './ModerationQueuePage';
