import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  CockpitEventsDocument,
  ParticipantCastVoteDocument,
  ParticipantCreateIdeaDocument,
  ParticipantSessionEventsDocument,
  ProjectorEventsDocument,
} from '../../web/src/gql/graphql.js';
import {
  PARTICIPANT_SESSION,
  differenceFromWebApp,
  phoneEvents,
  phoneMutations,
  phoneQuery,
  screenEvents,
  withTypename,
} from './board-query.js';

describe('bench:live subscription', () => {
  it("should be the phone's own subscription, as Apollo sends it, with the ids the benchmark keys changes by", () => {
    const phone = print(withTypename(ParticipantSessionEventsDocument));
    const bench = phoneEvents(['ideaId', 'voteId']);
    // The phone's document with two lines more: the ids, first under `sessionEvents`.
    expect(bench.replace('    ideaId\n    voteId\n', '')).toBe(phone);
    expect(bench).toContain('sessionEvents(sessionId: $sessionId, after: $after) {\n    ideaId\n    voteId\n');
    expect(phoneEvents()).toBe(phone);
  });

  it("should send the phone's own mutations for an idea and a dot, with the answers the phone asks for", () => {
    const { idea, vote } = phoneMutations();
    expect(idea).toBe(print(withTypename(ParticipantCreateIdeaDocument)));
    expect(vote).toBe(print(withTypename(ParticipantCastVoteDocument)));
    expect(idea).toContain('mutation ParticipantCreateIdea(');
    expect(vote).toContain('mutation ParticipantCastVote(');
  });

  it("should load the room with the facilitator's screens as the web app subscribes them", () => {
    const { projector, cockpit } = screenEvents();
    expect(projector).toBe(print(withTypename(ProjectorEventsDocument)));
    expect(cockpit).toBe(print(withTypename(CockpitEventsDocument)));
    expect(projector).toContain('subscription ProjectorEvents(');
    expect(cockpit).toContain('subscription CockpitEvents(');
  });
});

describe('bench:board query', () => {
  it('should be the query the phone sends when the web app is built from this tree', () => {
    expect(differenceFromWebApp()).toBeUndefined();
  });

  it('should name the line where they part when the web app asks for one more field', () => {
    // The phone now also asks for a challenge's `status`, right after its `dotCount`.
    const phone = phoneQuery().replace(
      '  dotCount\n  ideas(first: 100) {',
      '  dotCount\n  status\n  ideas(first: 100) {',
    );
    expect(phone).not.toBe(phoneQuery());
    const difference = differenceFromWebApp(PARTICIPANT_SESSION, phone);
    expect(difference).toContain('test/bench/board-query.ts no longer holds the query the phone sends');
    // The first differing line is marked, in the phone's query and in the benchmark's.
    expect(difference).toMatch(/^> +status$/m);
    expect(difference).toMatch(/^> +ideas\(first: 100\) \{$/m);
  });

  it('should see a dropped argument when the phone stops asking for carried items', () => {
    const phone = phoneQuery().replace('challenges(first: 200, includeCarried: true)', 'challenges(first: 200)');
    const difference = differenceFromWebApp(PARTICIPANT_SESSION, phone);
    expect(difference).toMatch(/^> +challenges\(first: 200\) \{$/m);
    expect(difference).toMatch(/^> +challenges\(first: 200, includeCarried: true\) \{$/m);
  });

  it('should add __typename everywhere but the operation root when given a bare document', () => {
    const printed = print(withTypename(parse('query Q { a { b c { d } } } fragment F on T { e { f } }')));
    expect(printed).toBe(
      [
        'query Q {',
        '  a {',
        '    b',
        '    c {',
        '      d',
        '      __typename',
        '    }',
        '    __typename',
        '  }',
        '}',
        '',
        'fragment F on T {',
        '  e {',
        '    f',
        '    __typename',
        '  }',
        '  __typename',
        '}',
      ].join('\n'),
    );
  });
});
