// Dot counts as SQL expressions on a challenge or idea row aliased `t`, for statements that list rows and count their
// dots at once (core/loaders.ts, `Loaders.page`). Each part reads one index: vote(challenge_id), vote(idea_id) and
// challenge(merged_into_id). A join on `counted.id = c.id or counted.merged_into_id = c.id` reads neither.

// A challenge's own dots and those given to the challenges merged into it.
export const CHALLENGE_DOTS_SQL = `coalesce((select sum(v.dots) from vote v where v.challenge_id = t.id), 0)::int
  + coalesce((select sum(v.dots) from challenge m join vote v on v.challenge_id = m.id where m.merged_into_id = t.id), 0)::int`;

export const IDEA_DOTS_SQL = `coalesce((select sum(v.dots) from vote v where v.idea_id = t.id), 0)::int`;
