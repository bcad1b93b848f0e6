import { PrimaryKeyProp, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { Session } from '../session/session.entity.js';

// What happened on a session's board. Values are stored in the event log: add new ones, never rename.
export enum SessionEventType {
  CHALLENGE_CREATED = 'CHALLENGE_CREATED',
  CHALLENGE_UPDATED = 'CHALLENGE_UPDATED',
  CHALLENGE_TRANSLATED = 'CHALLENGE_TRANSLATED',
  CHALLENGE_STATUS_CHANGED = 'CHALLENGE_STATUS_CHANGED',
  CHALLENGES_MERGED = 'CHALLENGES_MERGED',
  CHALLENGE_THEME_ASSIGNED = 'CHALLENGE_THEME_ASSIGNED',
  THEME_CREATED = 'THEME_CREATED',
  THEME_RENAMED = 'THEME_RENAMED',
  THEMES_REORDERED = 'THEMES_REORDERED',
  THEME_DELETED = 'THEME_DELETED',
  IDEA_CREATED = 'IDEA_CREATED',
  IDEA_UPDATED = 'IDEA_UPDATED',
  IDEA_TRANSLATED = 'IDEA_TRANSLATED',
  IDEA_STATUS_CHANGED = 'IDEA_STATUS_CHANGED',
  VOTE_CAST = 'VOTE_CAST',
  VOTE_WITHDRAWN = 'VOTE_WITHDRAWN',
  PAPER_VOTES_RECORDED = 'PAPER_VOTES_RECORDED',
  VOTING_ROUND_OPENED = 'VOTING_ROUND_OPENED',
  VOTING_ROUND_CLOSED = 'VOTING_ROUND_CLOSED',
  SESSION_UPDATED = 'SESSION_UPDATED',
  AGENDA_CHANGED = 'AGENDA_CHANGED',
  SESSION_PHASE_CHANGED = 'SESSION_PHASE_CHANGED',
  SESSION_STATUS_CHANGED = 'SESSION_STATUS_CHANGED',
  PARTICIPANT_JOINED = 'PARTICIPANT_JOINED',
  PARTICIPANT_LEFT = 'PARTICIPANT_LEFT',
  ITEMS_CARRIED = 'ITEMS_CARRIED',
  CARRIED_ITEMS_REMOVED = 'CARRIED_ITEMS_REMOVED',
  STRATEGY_CHANGED = 'STRATEGY_CHANGED',
  TEXT_TRANSLATED = 'TEXT_TRANSLATED',
  QUESTIONNAIRE_ANSWERED = 'QUESTIONNAIRE_ANSWERED',
}

registerEnumType(SessionEventType, {
  name: 'SessionEventType',
  description:
    'What happened on a session board; the event names the records involved and brings them as they are now.',
  valuesConfig: {
    CHALLENGE_CREATED: { description: 'A challenge was added (`challengeId`, `themeId`).' },
    CHALLENGE_UPDATED: { description: 'The text or language of a challenge changed (`challengeId`).' },
    CHALLENGE_TRANSLATED: {
      description: 'A translation of a challenge was set or removed (`challengeId`, `language`).',
    },
    CHALLENGE_STATUS_CHANGED: { description: 'A challenge was hidden or shown again (`challengeId`, `status`).' },
    CHALLENGES_MERGED: {
      description: 'Challenges (`challengeIds`) were merged into one (`challengeId`), with their ideas.',
    },
    CHALLENGE_THEME_ASSIGNED: {
      description: 'A challenge moved to a theme, or out of one (`challengeId`, `themeId`).',
    },
    THEME_CREATED: { description: 'A theme was added (`themeId`).' },
    THEME_RENAMED: { description: 'A theme got a new title (`themeId`).' },
    THEMES_REORDERED: { description: 'The themes were put in a new order (`themeIds`, in board order).' },
    THEME_DELETED: { description: 'A theme was deleted; its challenges stay without a theme (`themeId`).' },
    IDEA_CREATED: { description: 'An idea was added to a challenge (`ideaId`, `challengeId`).' },
    IDEA_UPDATED: { description: 'The text or language of an idea changed (`ideaId`, `challengeId`).' },
    IDEA_TRANSLATED: { description: 'A translation of an idea was set or removed (`ideaId`, `language`).' },
    IDEA_STATUS_CHANGED: { description: 'An idea was hidden or shown again (`ideaId`, `challengeId`, `status`).' },
    VOTE_CAST: { description: 'Dots were given in the app (`voteId`, `roundId`, `challengeId` or `ideaId`, `dots`).' },
    VOTE_WITHDRAWN: { description: 'A vote was taken back (`voteId`, `roundId`, `challengeId` or `ideaId`, `dots`).' },
    PAPER_VOTES_RECORDED: {
      description: 'Dots counted on paper were entered (`voteId`, `roundId`, `challengeId` or `ideaId`, `dots`).',
    },
    VOTING_ROUND_OPENED: { description: 'A voting round opened (`roundId`, `status`).' },
    VOTING_ROUND_CLOSED: { description: 'A voting round closed (`roundId`, `status`).' },
    SESSION_UPDATED: { description: 'The title, time, place, languages or capacity of the session changed.' },
    AGENDA_CHANGED: { description: 'The agenda of the session changed.' },
    SESSION_PHASE_CHANGED: { description: 'Another agenda phase started (`phaseId`).' },
    SESSION_STATUS_CHANGED: { description: 'The session moved to another status (`status`, `phaseId`).' },
    PARTICIPANT_JOINED: { description: 'Someone joined or was checked in (`participantCount`, nobody named).' },
    PARTICIPANT_LEFT: { description: 'A check-in was undone (`participantCount`, nobody named).' },
    ITEMS_CARRIED: {
      description:
        'Themes and challenges of earlier sessions were carried onto this board (`themeIds`, `challengeIds`; ideas come with their challenge).',
    },
    CARRIED_ITEMS_REMOVED: {
      description: 'Carried themes or challenges were taken off this board again (`themeIds`, `challengeIds`).',
    },
    QUESTIONNAIRE_ANSWERED: {
      description:
        'Someone started or finished a questionnaire, or their answers were discarded: the response counts changed (nobody named, no answer).',
    },
    STRATEGY_CHANGED: {
      description: 'A strategy of the session was drafted, changed, given or lost an action, or submitted (`session`).',
    },
    TEXT_TRANSLATED: {
      description:
        'A translation of a text staff wrote (the session title, a phase, a theme, a voting round, a strategy, an answer) was set, drafted, approved or removed (`language`, and `phaseId`, `themeId` or `roundId` when it is about one).',
    },
  },
});

// What an event says besides its type: ids and changed values only, never text or personal data.
export interface SessionEventFields {
  challengeId?: string | null;
  challengeIds?: string[];
  ideaId?: string | null;
  themeId?: string | null;
  themeIds?: string[];
  roundId?: string | null;
  phaseId?: string | null;
  voteId?: string | null;
  status?: string | null;
  dots?: number;
  participantCount?: number;
  language?: string | null;
}

// The log of everything that changed a session's board, numbered per session without gaps: a client that
// lost its connection asks for what came after the last number it saw. Written in the transaction of the
// change itself (see live.service.ts), so an event exists exactly when its change was committed.
@Entity({ tableName: 'session_event' })
export class SessionEventRecord {
  [PrimaryKeyProp]?: ['session', 'seq'];

  @ManyToOne(() => Session, { ref: true, primary: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  // 1, 2, 3, … within the session, in commit order.
  @PrimaryKey({ type: 'integer', autoincrement: false })
  seq!: number;

  @Enum({ items: () => SessionEventType })
  type!: SessionEventType;

  @Property({ type: 'json' })
  payload: SessionEventFields & Opt = {};

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

// The number of the last event of each session. Taking the next number locks the session's row here until the
// transaction commits, so that events are numbered in the order they become visible.
@Entity({ tableName: 'session_event_counter' })
export class SessionEventCounter {
  [PrimaryKeyProp]?: 'session';

  @ManyToOne(() => Session, { ref: true, primary: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  @Property({ type: 'integer' })
  lastSeq!: number;
}
