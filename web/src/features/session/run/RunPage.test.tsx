import { screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { serverTimeMock } from '../../../test/fixtures';
import { operations } from '../offline/operations';
import { QUEUE_STORAGE_KEY } from '../../../app/offline/queue';
import { runPageQuery } from './RunPage';

const person = (id: string, pseudonym: string) => ({ __typename: 'Participant' as const, id, pseudonym });

interface Note {
  id: string;
  text: string;
  themeId: string | null;
  status: 'VISIBLE' | 'HIDDEN' | 'MERGED';
}

// A small stand-in for the server: the cockpit's query reads this state, the changes write it.
function fakeServer() {
  return {
    currentPhase: 'ph-2',
    endsAt: null as string | null,
    attendance: [{ id: 'at-1', participant: person('pa-2', 'Bram') }],
    notes: [
      { id: 'c-1', text: 'The park is dark', themeId: null, status: 'VISIBLE' },
      { id: 'c-2', text: 'No lights on the path', themeId: 't-1', status: 'VISIBLE' },
    ] as Note[],
    sent: [] as Record<string, unknown>[],
  };
}
type Server = ReturnType<typeof fakeServer>;

// A note as the cockpit's board reads it.
const noteNode = (note: Note) => ({
  __typename: 'Challenge',
  id: note.id,
  createdAt: `2026-11-20T18:${note.id.padStart(4, '0').slice(-2)}:00.000Z`,
  origin: {
    __typename: 'ContributionOrigin',
    sessionId: 's-1',
    sessionTitle: 'Our park at night',
    betweenSessions: false,
  },
  text: note.text,
  language: 'nl',
  status: note.status,
  dotCount: 0,
  theme: note.themeId ? { __typename: 'Theme', id: note.themeId } : null,
  author: null,
  ideas: { __typename: 'IdeaConnection', edges: [] },
});

const attendanceOf = (server: Server) => ({
  __typename: 'AttendanceConnection',
  edges: server.attendance.map((a) => ({
    __typename: 'AttendanceEdge',
    node: { __typename: 'Attendance', ...a },
  })),
});

function runMock(server: Server): MockLink.MockedResponse {
  return {
    request: { query: runPageQuery, variables: { id: 's-1' } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: () => ({
      data: {
        session: {
          __typename: 'Session',
          id: 's-1',
          title: 'Our park at night',
          status: 'LIVE',
          joinCode: 'MECH47',
          capacity: 30,
          languages: ['nl', 'ar'],
          agenda: [
            {
              __typename: 'AgendaPhase',
              id: 'ph-1',
              position: 0,
              kind: 'WELCOME',
              title: 'Coffee',
              durationMinutes: 10,
            },
            {
              __typename: 'AgendaPhase',
              id: 'ph-2',
              position: 1,
              kind: 'CHALLENGES',
              title: 'What is hard here?',
              durationMinutes: 30,
            },
          ],
          currentPhase: { __typename: 'AgendaPhase', id: server.currentPhase, endsAt: server.endsAt },
          project: {
            __typename: 'Project',
            id: 'p-1',
            title: 'Samen Mechelen',
            participants: {
              __typename: 'ParticipantConnection',
              edges: [
                { __typename: 'ParticipantEdge', node: { ...person('pa-1', 'Amal'), personalCode: 'K7PQ2MXA' } },
                { __typename: 'ParticipantEdge', node: { ...person('pa-2', 'Bram'), personalCode: 'R4TW9HZC' } },
                { __typename: 'ParticipantEdge', node: { ...person('pa-3', 'Brahim'), personalCode: 'Y3NB6DEF' } },
              ],
            },
          },
          attendance: attendanceOf(server),
          registrations: { __typename: 'RegistrationConnection', edges: [] },
          themes: [
            {
              __typename: 'Theme',
              id: 't-1',
              title: 'Safety',
              position: 0,
              origin: {
                __typename: 'ContributionOrigin',
                sessionId: 's-1',
                sessionTitle: 'Our park at night',
                betweenSessions: false,
              },
            },
          ],
          challenges: {
            __typename: 'ChallengeConnection',
            edges: server.notes.map((note) => ({ __typename: 'ChallengeEdge', node: noteNode(note) })),
          },
          votingRounds: [],
          strategies: [],
        },
      },
    }),
  };
}

// Answers a queued change after applying it to the fake server, and records what was sent.
function mutationMock(
  server: Server,
  operation: keyof typeof operations,
  apply: (input: Record<string, unknown>) => Record<string, unknown>,
): MockLink.MockedResponse {
  return {
    request: { query: operations[operation], variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: Record<string, unknown>) => {
      const input = variables['input'] as Record<string, unknown>;
      server.sent.push(input);
      return { data: { [operation]: { clientMutationId: input['clientMutationId'], ...apply(input) } } };
    },
  };
}

const str = (value: unknown) => String(value);

describe('RunPage (the cockpit)', () => {
  it('should put a typed challenge on the board and send it with client-made ids when the facilitator presses Enter', async () => {
    const server = fakeServer();
    const { user } = await renderApp('/workshops/s-1/run', {
      mocks: [
        runMock(server),
        mutationMock(server, 'createChallenge', (input) => {
          const note: Note = { id: str(input['id']), text: str(input['text']), themeId: null, status: 'VISIBLE' };
          server.notes.push(note);
          return {
            __typename: 'ChallengePayload',
            challenge: { ...noteNode(note), session: { __typename: 'Session', id: 's-1' } },
          };
        }),
      ],
    });

    const board = await screen.findByRole('tabpanel', { name: 'Challenges' });
    await user.type(within(board).getByRole('textbox', { name: 'New challenge' }), 'Buses stop at nine{Enter}');

    expect(within(board).getByRole('textbox', { name: 'New challenge' })).toHaveValue('');
    const unthemed = within(board).getByRole('region', { name: 'Not in a theme yet' });
    expect(within(unthemed).getByRole('row', { name: 'Buses stop at nine' })).toBeInTheDocument();
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(server.sent).toEqual([
      expect.objectContaining({ sessionId: 's-1', text: 'Buses stop at nine', language: 'nl' }),
    ]);
    expect(server.sent[0]?.['id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(server.sent[0]?.['clientMutationId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(within(unthemed).getByRole('row', { name: 'Buses stop at nine' })).toBeInTheDocument();
  });

  it('should keep a challenge on this device and say it waits for the network when the server cannot be reached', async () => {
    const server = fakeServer();
    const { user } = await renderApp('/workshops/s-1/run', {
      mocks: [
        runMock(server),
        {
          request: { query: operations.createChallenge, variables: () => true },
          error: new TypeError('Failed to fetch'),
        },
      ],
    });

    const board = await screen.findByRole('tabpanel', { name: 'Challenges' });
    await user.type(within(board).getByRole('textbox', { name: 'New challenge' }), 'Forms only in Dutch{Enter}');

    expect(await screen.findByText('Waiting for the network: 1 change kept on this device')).toBeInTheDocument();
    const note = within(board).getByRole('row', { name: 'Forms only in Dutch' });
    expect(within(note).getByText('Waiting to be saved')).toBeInTheDocument();
    const kept = JSON.parse(localStorage.getItem(QUEUE_STORAGE_KEY) ?? '[]') as {
      variables: { input: { text: string } };
    }[];
    expect(kept.map((entry) => entry.variables.input.text)).toEqual(['Forms only in Dutch']);
    expect(screen.getByRole('button', { name: 'Try again now' })).toBeInTheDocument();
  });

  it('should move a note into a theme with its menu when the facilitator uses the keyboard instead of dragging', async () => {
    const server = fakeServer();
    const { user } = await renderApp('/workshops/s-1/run', {
      mocks: [
        runMock(server),
        mutationMock(server, 'assignChallengeTheme', (input) => {
          const note = server.notes.find((n) => n.id === input['challengeId']);
          if (note) note.themeId = input['themeId'] ? str(input['themeId']) : null;
          return {
            __typename: 'ChallengePayload',
            challenge: {
              __typename: 'Challenge',
              id: input['challengeId'],
              theme: { __typename: 'Theme', id: input['themeId'] },
            },
          };
        }),
      ],
    });

    const board = await screen.findByRole('tabpanel', { name: 'Challenges' });
    await user.click(within(board).getByRole('button', { name: 'Actions for The park is dark' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Move to Safety' }));

    expect(screen.getByText('Moved 1 note to Safety.')).toBeInTheDocument();
    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    const safety = within(board).getByRole('region', { name: 'Safety' });
    expect(within(safety).getByRole('row', { name: 'The park is dark' })).toBeInTheDocument();
    expect(server.sent).toEqual([expect.objectContaining({ challengeId: 'c-1', themeId: 't-1' })]);
  });

  it('should merge the selected notes into the one the facilitator keeps when two say the same', async () => {
    const server = fakeServer();
    const { user } = await renderApp('/workshops/s-1/run', {
      mocks: [
        runMock(server),
        mutationMock(server, 'mergeChallenges', (input) => {
          const merged = server.notes.filter((note) => [input['sourceIds']].flat().includes(note.id));
          for (const note of merged) note.status = 'MERGED';
          const target = server.notes.find((note) => note.id === input['targetId']);
          return {
            __typename: 'ChallengePayload',
            challenge: {
              ...(target ? noteNode(target) : {}),
              mergedChallenges: merged.map((note) => ({ __typename: 'Challenge', id: note.id, status: note.status })),
            },
          };
        }),
      ],
    });

    const board = await screen.findByRole('tabpanel', { name: 'Challenges' });
    await user.click(within(within(board).getByRole('row', { name: 'The park is dark' })).getByRole('checkbox'));
    await user.click(within(within(board).getByRole('row', { name: 'No lights on the path' })).getByRole('checkbox'));
    expect(within(board).getByText('2 selected')).toBeInTheDocument();
    await user.click(within(board).getByRole('button', { name: 'Merge selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge 2 challenges' });
    await user.click(within(dialog).getByRole('radio', { name: 'No lights on the path' }));
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));

    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    expect(within(board).queryByRole('row', { name: 'The park is dark' })).not.toBeInTheDocument();
    expect(within(board).getByRole('row', { name: 'No lights on the path' })).toBeInTheDocument();
    expect(server.sent).toEqual([expect.objectContaining({ targetId: 'c-2', sourceIds: ['c-1'] })]);
  });

  it('should check in the only match when the facilitator types part of a name or a card code and presses Enter', async () => {
    const server = fakeServer();
    const { user } = await renderApp('/workshops/s-1/run', {
      mocks: [
        runMock(server),
        mutationMock(server, 'checkInParticipant', (input) => {
          const participantId = str(input['participantId']);
          const pseudonym = participantId === 'pa-1' ? 'Amal' : 'Brahim';
          server.attendance.push({ id: str(input['id']), participant: person(participantId, pseudonym) });
          return {
            __typename: 'CheckInPayload',
            attendance: {
              __typename: 'Attendance',
              id: input['id'],
              session: { __typename: 'Session', id: 's-1', attendance: attendanceOf(server) },
            },
          };
        }),
      ],
    });

    await user.click(await screen.findByRole('tab', { name: /Check-in/ }));
    const search = screen.getByRole('searchbox', { name: 'Find by pseudonym or code' });
    await user.type(search, 'am{Enter}');
    expect(await screen.findByText('Amal is checked in.')).toBeInTheDocument();
    await user.type(search, 'y3nb-6def{Enter}');
    expect(await screen.findByText('Brahim is checked in.')).toBeInTheDocument();

    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    const present = screen.getByRole('heading', { name: 'Present 3 of 30' }).closest('section');
    expect(present).toHaveTextContent('Amal');
    expect(present).toHaveTextContent('Brahim');
    expect(server.sent.map((input) => input['participantId'])).toEqual(['pa-1', 'pa-3']);
  });

  it('should count down the new phase by the server clock when the facilitator moves to it and the device clock is off', async () => {
    const server = fakeServer();
    // This device's clock is 47 minutes behind the server's: the countdown goes by the server's.
    const ahead = 47 * 60_000;
    const { user } = await renderApp('/workshops/s-1/run', {
      mocks: [
        serverTimeMock(ahead),
        runMock(server),
        mutationMock(server, 'setCurrentPhase', (input) => {
          server.currentPhase = str(input['phaseId']);
          // Coffee has a time box of 10 minutes, from now by the server's clock.
          server.endsAt = new Date(Date.now() + ahead + 10 * 60_000).toISOString();
          return {
            __typename: 'SessionPayload',
            session: {
              __typename: 'Session',
              id: 's-1',
              currentPhase: { __typename: 'AgendaPhase', id: input['phaseId'], endsAt: server.endsAt },
            },
          };
        }),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Go to Coffee' }));

    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    const agenda = screen.getByRole('list', { name: 'Phases' });
    expect(within(agenda).getByText('Coffee').closest('li')).toHaveAttribute('aria-current', 'step');
    const timer = screen.getByRole('timer', { name: 'Time left in this phase' });
    await waitFor(() => expect(timer).toHaveTextContent(/^(10:00|09:5\d)$/));
    expect(screen.getByText('of 10 minutes')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Check-in/ })).toHaveAttribute('aria-selected', 'true');
    expect(server.sent).toEqual([expect.objectContaining({ sessionId: 's-1', phaseId: 'ph-1' })]);
  });

  it('should fold the agenda under the running phase on a narrow screen and open it when the facilitator asks', async () => {
    // A tablet: the agenda sits above the tabs (RunPage.css puts it beside them from 68rem).
    const matchMedia = window.matchMedia;
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList;
    try {
      const { user } = await renderApp('/workshops/s-1/run', { mocks: [runMock(fakeServer())] });

      const whole = await screen.findByRole('button', { name: 'Whole agenda' });
      expect(whole).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByRole('list', { name: 'Phases' })).not.toBeInTheDocument();
      expect(screen.getByRole('timer', { name: 'Time left in this phase' })).toBeInTheDocument();

      await user.click(whole);

      expect(whole).toHaveAttribute('aria-expanded', 'true');
      expect(screen.getByRole('list', { name: 'Phases' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Go to Coffee' })).toBeInTheDocument();
    } finally {
      window.matchMedia = matchMedia;
    }
  });
});
