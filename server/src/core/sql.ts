// `?, ?, ?` for the ids of an `in (...)` list; `null` for none, so that `in (null)` matches nothing.
export const placeholders = (ids: readonly unknown[]): string => (ids.length ? ids.map(() => '?').join(', ') : 'null');
