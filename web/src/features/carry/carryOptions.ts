// What a later session of a project can take over from the earlier ones, worked out from what the server lists:
// per earlier session (by start time) its themes, its challenges with their ideas, each marked when it is on this
// session's board already. The server refuses what does not come before the session; this only leaves it out.

export interface Author {
  pseudonym: string;
}

export interface SourceIdea {
  id: string;
  text: string;
  author: Author | null;
  origin: { sessionId: string | null; betweenSessions: boolean };
}

export interface SourceChallenge {
  id: string;
  text: string;
  status: string;
  theme: { id: string } | null;
  author: Author | null;
  ideas: readonly SourceIdea[];
}

export interface SourceSession {
  id: string;
  title: string;
  startsAt: string;
  themes: readonly { id: string; title: string }[];
  challenges: readonly SourceChallenge[];
}

export interface CarriedRef {
  theme: { id: string } | null;
  challenge: { id: string } | null;
  idea: { id: string } | null;
}

export interface OfferedIdea {
  id: string;
  text: string;
  author: string | null;
  carried: boolean;
}

export interface OfferedChallenge {
  id: string;
  text: string;
  author: string | null;
  carried: boolean;
  ideas: OfferedIdea[];
}

export interface OfferedTheme {
  id: string;
  title: string;
  carried: boolean;
  challenges: OfferedChallenge[];
}

export interface OfferedSession {
  id: string;
  title: string;
  startsAt: string;
  themes: OfferedTheme[];
  // Challenges not in any of the session's themes.
  loose: OfferedChallenge[];
  // How many of its items are not on the board yet.
  open: number;
}

export interface CarriedIds {
  themes: ReadonlySet<string>;
  challenges: ReadonlySet<string>;
  ideas: ReadonlySet<string>;
}

export function carriedIds(items: readonly CarriedRef[]): CarriedIds {
  const ids = (kind: keyof CarriedRef) => new Set(items.flatMap((item) => (item[kind] ? [item[kind].id] : [])));
  return { themes: ids('theme'), challenges: ids('challenge'), ideas: ids('idea') };
}

// The earlier sessions (those starting before `startsAt`, oldest first) with what each offers; a session that made
// nothing visible is left out.
export function offeredSessions(
  sessions: readonly SourceSession[],
  target: { id: string; startsAt: string },
  carried: CarriedIds,
): OfferedSession[] {
  const starts = Date.parse(target.startsAt);
  const earlier = sessions
    .filter((session) => session.id !== target.id && Date.parse(session.startsAt) < starts)
    .toSorted((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const earlierIds = new Set(earlier.map((session) => session.id));
  return earlier
    .map((session): OfferedSession => {
      const challenges = session.challenges
        .filter((challenge) => challenge.status === 'VISIBLE')
        .map((challenge): OfferedChallenge => ({
          id: challenge.id,
          text: challenge.text,
          author: challenge.author?.pseudonym ?? null,
          carried: carried.challenges.has(challenge.id),
          // Only ideas made before this session can come along (an idea may be later than its challenge).
          ideas: challenge.ideas
            .filter((idea) => idea.origin.betweenSessions || earlierIds.has(idea.origin.sessionId ?? ''))
            .map((idea) => ({
              id: idea.id,
              text: idea.text,
              author: idea.author?.pseudonym ?? null,
              carried: carried.ideas.has(idea.id),
            })),
        }));
      const themeIds = new Set(session.themes.map((theme) => theme.id));
      const themes = session.themes.map((theme): OfferedTheme => ({
        id: theme.id,
        title: theme.title,
        carried: carried.themes.has(theme.id),
        challenges: challenges.filter(
          (challenge) => session.challenges.find((c) => c.id === challenge.id)?.theme?.id === theme.id,
        ),
      }));
      const loose = challenges.filter((challenge) => {
        const themeId = session.challenges.find((c) => c.id === challenge.id)?.theme?.id;
        return !themeId || !themeIds.has(themeId);
      });
      const open =
        themes.filter((theme) => !theme.carried).length +
        challenges.filter((challenge) => !challenge.carried).length +
        challenges.flatMap((challenge) => challenge.ideas).filter((idea) => !idea.carried).length;
      return { id: session.id, title: session.title, startsAt: session.startsAt, themes, loose, open };
    })
    .filter((session) => session.themes.length > 0 || session.loose.length > 0);
}

// A picked item, as the checkboxes name it: `theme:<id>`, `challenge:<id>` or `idea:<id>`.
export type PickKey = `${'theme' | 'challenge' | 'idea'}:${string}`;

// The input of carryIntoSession for what is picked; a challenge that comes with a picked theme is not named twice.
export function carryInput(
  picked: ReadonlySet<string>,
  sessions: readonly OfferedSession[],
): { themeIds: string[]; challengeIds: string[]; ideaIds: string[] } {
  const of = (kind: string) =>
    [...picked].filter((key) => key.startsWith(`${kind}:`)).map((key) => key.slice(kind.length + 1));
  const themeIds = of('theme');
  const withThemes = new Set(
    sessions.flatMap((s) =>
      s.themes.filter((t) => themeIds.includes(t.id)).flatMap((t) => t.challenges.map((c) => c.id)),
    ),
  );
  return { themeIds, challengeIds: of('challenge').filter((id) => !withThemes.has(id)), ideaIds: of('idea') };
}
