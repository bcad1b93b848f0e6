import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { operations } from '../offline/operations';
import { setAgendaMutation } from './AgendaEditor';
import { carryPanelQuery } from '../../carry/CarryPanel';
import { planPageQuery } from './PlanPage';
import { methodChoicesQuery } from '../../method/useMethodChoices';
import { registerForSessionMutation } from './RegistrationPicker';

const phase = (
  id: string,
  position: number,
  kind: string,
  title: string,
  durationMinutes: number,
  methodId: string | null = null,
) => ({
  __typename: 'AgendaPhase' as const,
  id,
  position,
  kind,
  title,
  durationMinutes,
  questionnaireWave: null,
  instructions: '',
  method: methodId ? { __typename: 'Method' as const, id: methodId } : null,
});

const choice = (id: string, kind: string, durationMinutes: number, name: string) => ({
  __typename: 'Method' as const,
  id,
  kind,
  durationMinutes,
  text: { __typename: 'MethodText' as const, id: `${id}-nl`, language: 'nl', name },
});

// The library as the agenda editor offers it, in the session's first language (Dutch).
function methodChoicesMock(): MockLink.MockedResponse {
  return {
    request: { query: methodChoicesQuery, variables: { language: 'nl' } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        methods: [
          choice('m-cafe', 'SMALL_GROUPS', 45, 'Wereldcafé'),
          choice('m-dots', 'VOTING', 10, 'Stemmen met stippen'),
        ],
      },
    },
  };
}

const amal = {
  __typename: 'Participant' as const,
  id: 'pa-1',
  pseudonym: 'Amal',
  background: 'THIRD_COUNTRY_NATIONAL',
  languages: ['ar', 'nl'],
  erasedAt: null,
  consents: [{ __typename: 'Consent', id: 'co-1', purpose: 'PARTICIPATION', method: 'PAPER', withdrawnAt: null }],
};
const bram = { ...amal, id: 'pa-2', pseudonym: 'Bram', background: 'HOST_COMMUNITY', languages: ['nl'] };

const registrationsOf = (ids: string[]) => ({
  __typename: 'RegistrationConnection',
  totalCount: ids.length,
  edges: ids.map((id) => ({
    __typename: 'RegistrationEdge',
    node: {
      __typename: 'Registration',
      id: `r-${id}`,
      attendance: null,
      participant: id === 'pa-1' ? amal : bram,
    },
  })),
});

// The first session of its project: nothing earlier to carry.
const carryMock: MockLink.MockedResponse = {
  request: { query: carryPanelQuery, variables: { sessionId: 's-1', projectId: 'p-1' } },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      session: {
        __typename: 'Session',
        id: 's-1',
        status: 'DRAFT',
        startsAt: '2026-03-12T18:00:00.000Z',
        carriedItems: [],
      },
      projectTrajectory: { __typename: 'ProjectTrajectory', projectId: 'p-1', steps: [] },
    },
  },
};

function planMock(): MockLink.MockedResponse {
  return {
    request: { query: planPageQuery, variables: { id: 's-1' } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        session: {
          __typename: 'Session',
          id: 's-1',
          title: 'Our park at night',
          status: 'DRAFT',
          startsAt: '2026-03-12T18:00:00.000Z',
          durationMinutes: 120,
          location: 'Buurthuis De Brug',
          languages: ['nl', 'ar'],
          capacity: 25,
          project: {
            __typename: 'Project',
            id: 'p-1',
            title: 'Samen Mechelen',
            participants: {
              __typename: 'ParticipantConnection',
              totalCount: 2,
              edges: [
                {
                  __typename: 'ParticipantEdge',
                  node: { __typename: 'Participant', id: 'pa-1', pseudonym: 'Amal', erasedAt: null },
                },
                {
                  __typename: 'ParticipantEdge',
                  node: { __typename: 'Participant', id: 'pa-2', pseudonym: 'Bram', erasedAt: null },
                },
              ],
            },
          },
          // Amal came to an earlier session and is on this one's list too; Bram is of the project, not on the list.
          registrationCount: 1,
          registrations: registrationsOf(['pa-1']),
          attendance: { __typename: 'AttendanceConnection', edges: [] },
          agenda: [
            phase('ph-1', 0, 'WELCOME', 'Coffee and names', 15),
            phase('ph-2', 1, 'CHALLENGES', 'What is hard here?', 30),
            phase('ph-3', 2, 'IDEAS', 'What could help?', 25),
          ],
          currentPhase: null,
        },
      },
    },
  };
}

describe('PlanPage', () => {
  it('should save the agenda in its new order when the facilitator moves a phase down with the keyboard menu', async () => {
    const sent: Record<string, unknown>[] = [];
    const { user } = await renderApp('/workshops/s-1/plan', {
      mocks: [
        planMock(),
        methodChoicesMock(),
        carryMock,
        {
          request: { query: setAgendaMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            const input = variables['input'] as {
              phases: { id: string; kind: string; title: string; durationMinutes: number }[];
            };
            sent.push(input);
            return {
              data: {
                setSessionAgenda: {
                  __typename: 'SessionPayload',
                  clientMutationId: null,
                  session: {
                    __typename: 'Session',
                    id: 's-1',
                    agenda: input.phases.map((p, i) => phase(p.id, i, p.kind, p.title, p.durationMinutes)),
                  },
                },
              },
            };
          },
        },
      ],
    });

    const agenda = await screen.findByRole('grid', { name: 'Phases of the agenda' });
    await user.click(within(agenda).getByRole('button', { name: 'More for Coffee and names' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Move down' }));
    expect(
      within(agenda)
        .getAllByRole('row')
        .map((row) => row.getAttribute('aria-label')),
    ).toEqual(['What is hard here?', 'Coffee and names', 'What could help?']);
    expect(screen.getByText('Changes not saved yet')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save agenda' }));

    expect(await screen.findByRole('button', { name: 'Add a phase' })).toBeInTheDocument();
    expect(screen.queryByText('Changes not saved yet')).not.toBeInTheDocument();
    expect(sent).toEqual([
      expect.objectContaining({
        sessionId: 's-1',
        phases: [
          { id: 'ph-2', kind: 'CHALLENGES', title: 'What is hard here?', durationMinutes: 30 },
          { id: 'ph-1', kind: 'WELCOME', title: 'Coffee and names', durationMinutes: 15 },
          { id: 'ph-3', kind: 'IDEAS', title: 'What could help?', durationMinutes: 25 },
        ],
      }),
    ]);
  });

  it('should fill in a new phase from the method and save that it follows it when the facilitator picks a method', async () => {
    const sent: { phases: Record<string, unknown>[] }[] = [];
    const { user } = await renderApp('/workshops/s-1/plan', {
      mocks: [
        planMock(),
        methodChoicesMock(),
        {
          request: { query: setAgendaMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            const input = variables['input'] as {
              phases: { id: string; kind: string; title: string; durationMinutes: number; methodId?: string }[];
            };
            sent.push(input);
            return {
              data: {
                setSessionAgenda: {
                  __typename: 'SessionPayload',
                  clientMutationId: null,
                  session: {
                    __typename: 'Session',
                    id: 's-1',
                    agenda: input.phases.map((p, i) =>
                      phase(p.id, i, p.kind, p.title, p.durationMinutes, p.methodId ?? null),
                    ),
                  },
                },
              },
            };
          },
        },
      ],
    });

    await screen.findByRole('grid', { name: 'Phases of the agenda' });
    await user.click(screen.getByRole('button', { name: 'Add a phase' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Follows a method/ }));
    await user.click(await screen.findByRole('option', { name: 'Wereldcafé (Small-group work, 45 min)' }));
    // The method's Dutch name, its kind and its time box fill the phase.
    expect(within(dialog).getByRole('textbox', { name: 'Name of the phase' })).toHaveValue('Wereldcafé');
    expect(within(dialog).getByRole('button', { name: /Kind of work/ })).toHaveTextContent('Small-group work');
    expect(within(dialog).getByRole('textbox', { name: 'Minutes' })).toHaveValue('45');
    await user.click(within(dialog).getByRole('button', { name: 'Add phase' }));

    const agenda = screen.getByRole('grid', { name: 'Phases of the agenda' });
    expect(within(agenda).getByRole('link', { name: 'Method: Wereldcafé' })).toHaveAttribute('href', '/methods/m-cafe');
    await user.click(screen.getByRole('button', { name: 'Save agenda' }));

    expect(await screen.findByRole('button', { name: 'Save as template' })).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.phases.at(-1)).toEqual({
      id: expect.any(String),
      kind: 'SMALL_GROUPS',
      title: 'Wereldcafé',
      durationMinutes: 45,
      methodId: 'm-cafe',
    });
    expect(sent[0]?.phases).toHaveLength(4);
  });

  it('should register a participant with the consent text version and how it was given when the form is complete', async () => {
    const sent: Record<string, unknown>[] = [];
    const { user } = await renderApp('/workshops/s-1/plan', {
      mocks: [
        planMock(),
        methodChoicesMock(),
        carryMock,
        {
          request: { query: operations.registerParticipant, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            const input = variables['input'] as Record<string, unknown>;
            sent.push(input);
            return {
              data: {
                registerParticipant: {
                  __typename: 'ParticipantPayload',
                  clientMutationId: input['clientMutationId'],
                  participant: { __typename: 'Participant', id: input['id'], pseudonym: input['pseudonym'] },
                },
              },
            };
          },
        },
      ],
    });

    const form = await screen.findByRole('region', { name: 'Register a participant' });
    await user.type(within(form).getByRole('textbox', { name: 'Pseudonym' }), 'Noor');
    await user.click(within(form).getByRole('radio', { name: 'Host community' }));
    await user.click(within(form).getByRole('radio', { name: 'Signed on the paper form' }));
    expect(within(form).getByText(/Consent \(text version 2026-01\)/)).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Register' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent("Taking part needs the participant's consent.");
    expect(sent).toEqual([]);

    await user.click(within(form).getByRole('checkbox', { name: /signed the paper consent form/ }));
    await user.click(within(form).getByRole('button', { name: 'Register' }));

    expect(await within(form).findByText('Noor is registered.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Pseudonym' })).toHaveValue('');
    expect(sent).toEqual([
      expect.objectContaining({
        projectId: 'p-1',
        sessionId: 's-1',
        pseudonym: 'Noor',
        background: 'HOST_COMMUNITY',
        languages: ['nl'],
        participationConsent: { method: 'PAPER', textVersion: '2026-01' },
      }),
    ]);
    expect(sent[0]).not.toHaveProperty('researchConsent');
  });

  it('should put a person of the project on the session’s list, not register them again, when the facilitator picks them', async () => {
    const sent: Record<string, unknown>[] = [];
    const { user } = await renderApp('/workshops/s-1/plan', {
      mocks: [
        planMock(),
        carryMock,
        {
          request: { query: registerForSessionMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            const input = variables['input'] as Record<string, unknown>;
            sent.push(input);
            return {
              data: {
                registerForSession: {
                  __typename: 'RegisterForSessionPayload',
                  clientMutationId: input['clientMutationId'],
                  registrations: [{ __typename: 'Registration', id: 'r-pa-2' }],
                  session: {
                    __typename: 'Session',
                    id: 's-1',
                    capacity: 25,
                    registrationCount: 2,
                    registrations: registrationsOf(['pa-1', 'pa-2']),
                  },
                },
              },
            };
          },
        },
      ],
    });

    const list = await screen.findByRole('table', { name: 'On this session’s list' });
    expect(
      within(list)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Amal']);
    expect(screen.getByRole('heading', { level: 2, name: /1 of 25 places taken/ })).toBeInTheDocument();

    const picker = screen.getByRole('region', { name: 'Add people of the project' });
    // Amal is on the list already: only Bram is offered.
    expect(
      within(picker)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(['Bram']);
    await user.click(within(picker).getByText('Bram'));
    await user.click(within(picker).getByRole('button', { name: 'Put 1 person on the list' }));

    expect(await within(picker).findByText('1 person put on the list.')).toBeInTheDocument();
    expect(sent).toEqual([expect.objectContaining({ sessionId: 's-1', participantIds: ['pa-2'] })]);
    expect(
      within(list)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Amal', 'Bram']);
    expect(within(picker).getByText('Everyone of the project is on this session’s list.')).toBeInTheDocument();
  });
});
