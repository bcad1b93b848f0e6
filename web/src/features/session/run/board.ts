import type { ContributionStatus } from '../../../gql/graphql';
import type { QueuedMutation } from '../../../app/offline/queue';
import { carriedFrom } from '../../carry/CarriedBadge';
import { inputIf, type InputOf } from '../offline/useWorkshopQueue';

// The board as the facilitator sees it: what the server has, with the changes still waiting in the
// queue laid over it, in the order they were made. So a note typed offline is on the board at once,
// and a note dragged into a theme stays there, before the server knows.

export interface Person {
  id: string;
  pseudonym: string;
}

export interface BoardIdea {
  id: string;
  text: string;
  language: string;
  dotCount: number;
  author: Person | null;
  // Proposed in an earlier session (or between sessions): it is that session's, and cannot be hidden from this one.
  carried: boolean;
  pending: boolean;
}

// Where a carried item was made (an earlier session, or between sessions); null for what was made in this session.
export interface BoardOrigin {
  sessionId?: string | null;
  sessionTitle?: string | null;
  betweenSessions: boolean;
}

export interface BoardNote {
  id: string;
  carriedFrom: BoardOrigin | null;
  text: string;
  language: string;
  status: ContributionStatus;
  themeId: string | null;
  author: Person | null;
  dotCount: number;
  // The ideas on the board, and those a facilitator hid from it (kept here, so that they can be shown again).
  ideas: BoardIdea[];
  hiddenIdeas: BoardIdea[];
  pending: boolean;
}

export interface BoardTheme {
  id: string;
  carriedFrom: BoardOrigin | null;
  title: string;
  pending: boolean;
}

export interface Board {
  themes: BoardTheme[];
  notes: BoardNote[];
}

export interface ServerBoard {
  themes: readonly { id: string; title: string; position: number; origin?: BoardOrigin | null }[];
  challenges: readonly {
    id: string;
    origin?: BoardOrigin | null;
    text: string;
    language: string;
    status: ContributionStatus;
    dotCount: number;
    theme: { id: string } | null;
    author: Person | null;
    ideas: readonly {
      id: string;
      origin?: BoardOrigin | null;
      text: string;
      language: string;
      status: ContributionStatus;
      dotCount: number;
      author: Person | null;
    }[];
  }[];
}

type BoardOperation =
  | 'createTheme'
  | 'renameTheme'
  | 'deleteTheme'
  | 'createChallenge'
  | 'assignChallengeTheme'
  | 'setChallengeStatus'
  | 'mergeChallenges'
  | 'createIdea'
  | 'setIdeaStatus';

function inputOf<K extends BoardOperation>(entry: QueuedMutation, operation: K): InputOf<K> | null {
  return inputIf(entry, operation);
}

const ids = (value: readonly string[] | string): string[] => [value].flat();

const boardIdea = (idea: ServerBoard['challenges'][number]['ideas'][number], sessionId: string): BoardIdea => ({
  id: idea.id,
  carried: carriedFrom(idea.origin, sessionId) !== null,
  text: idea.text,
  language: idea.language,
  dotCount: idea.dotCount,
  author: idea.author,
  pending: false,
});

// An idea hidden or shown again while the change waits in the queue: it moves to the other list of its challenge.
function moveIdea(notes: readonly BoardNote[], ideaId: string, hide: boolean): void {
  for (const note of notes) {
    const [from, to] = hide ? [note.ideas, note.hiddenIdeas] : [note.hiddenIdeas, note.ideas];
    const index = from.findIndex((candidate) => candidate.id === ideaId);
    const idea = from[index];
    if (!idea) continue;
    from.splice(index, 1);
    to.push({ ...idea, pending: true });
    return;
  }
}

export function projectBoard(
  server: ServerBoard,
  entries: readonly QueuedMutation[],
  sessionId: string,
  people: ReadonlyMap<string, Person>,
): Board {
  // Themes carried from earlier sessions come first, in the order carried (as the server lists them); then the
  // session's own themes in board order.
  const carried = (origin: BoardOrigin | null | undefined) => carriedFrom(origin, sessionId);
  const themes: BoardTheme[] = [
    ...server.themes.filter((theme) => carried(theme.origin)),
    ...server.themes.filter((theme) => !carried(theme.origin)).toSorted((a, b) => a.position - b.position),
  ].map((theme) => ({ id: theme.id, title: theme.title, carriedFrom: carried(theme.origin), pending: false }));
  const notes: BoardNote[] = server.challenges.map((challenge) => ({
    id: challenge.id,
    carriedFrom: carried(challenge.origin),
    text: challenge.text,
    language: challenge.language,
    status: challenge.status,
    themeId: challenge.theme?.id ?? null,
    author: challenge.author,
    dotCount: challenge.dotCount,
    pending: false,
    ideas: challenge.ideas.filter((idea) => idea.status === 'VISIBLE').map((idea) => boardIdea(idea, sessionId)),
    hiddenIdeas: challenge.ideas.filter((idea) => idea.status === 'HIDDEN').map((idea) => boardIdea(idea, sessionId)),
  }));
  const note = (id: string) => notes.find((n) => n.id === id);
  const person = (id: string | null | undefined) => (id ? (people.get(id) ?? null) : null);

  for (const entry of entries) {
    const createTheme = inputOf(entry, 'createTheme');
    if (createTheme && createTheme.sessionId === sessionId && !themes.some((t) => t.id === createTheme.id)) {
      themes.push({ id: createTheme.id ?? entry.id, title: createTheme.title, carriedFrom: null, pending: true });
    }
    const rename = inputOf(entry, 'renameTheme');
    const renamed = rename && themes.find((t) => t.id === rename.themeId);
    if (rename && renamed) {
      renamed.title = rename.title;
      renamed.pending = true;
    }
    const remove = inputOf(entry, 'deleteTheme');
    if (remove) {
      const index = themes.findIndex((t) => t.id === remove.themeId);
      if (index >= 0) themes.splice(index, 1);
      for (const n of notes) if (n.themeId === remove.themeId) n.themeId = null;
    }
    const create = inputOf(entry, 'createChallenge');
    if (create && create.sessionId === sessionId && !note(create.id ?? '')) {
      notes.push({
        id: create.id ?? entry.id,
        carriedFrom: null,
        text: create.text,
        language: create.language,
        status: 'VISIBLE',
        themeId: create.themeId ?? null,
        author: person(create.authorId),
        dotCount: 0,
        ideas: [],
        hiddenIdeas: [],
        pending: true,
      });
    }
    const assign = inputOf(entry, 'assignChallengeTheme');
    const assigned = assign && note(assign.challengeId);
    if (assign && assigned) {
      assigned.themeId = assign.themeId ?? null;
      assigned.pending = true;
    }
    const status = inputOf(entry, 'setChallengeStatus');
    const changed = status && note(status.challengeId);
    if (status && changed) {
      changed.status = status.status;
      changed.pending = true;
    }
    const merge = inputOf(entry, 'mergeChallenges');
    if (merge) {
      const target = note(merge.targetId);
      for (const sourceId of ids(merge.sourceIds)) {
        const source = note(sourceId);
        if (!source || !target || source === target) continue;
        source.status = 'MERGED';
        target.dotCount += source.dotCount;
        target.ideas.push(...source.ideas);
        target.pending = true;
      }
    }
    const idea = inputOf(entry, 'createIdea');
    const answered = idea && note(idea.challengeId);
    if (idea && answered && !answered.ideas.some((i) => i.id === idea.id)) {
      answered.ideas.push({
        id: idea.id ?? entry.id,
        text: idea.text,
        language: idea.language,
        dotCount: 0,
        author: person(idea.authorId),
        carried: false,
        pending: true,
      });
    }
    const ideaStatus = inputOf(entry, 'setIdeaStatus');
    if (ideaStatus) moveIdea(notes, ideaStatus.ideaId, ideaStatus.status === 'HIDDEN');
  }
  // A theme that is gone leaves its notes unthemed.
  const themeIds = new Set(themes.map((t) => t.id));
  for (const n of notes) if (n.themeId && !themeIds.has(n.themeId)) n.themeId = null;
  return { themes, notes };
}
