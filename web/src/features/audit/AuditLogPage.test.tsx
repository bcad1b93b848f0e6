import { screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { staffViewer } from '../../test/viewer';
import { auditLogCsvQuery, auditLogPageQuery, auditLogPeopleQuery } from './AuditLogPage';

const entry = (
  id: string,
  actorKind: string,
  actorName: string | null,
  action: string,
  detail: string,
  pseudonym: string | null,
) => ({
  __typename: 'AuditEntry',
  id,
  at: '2025-03-12T18:30:00.000Z',
  actorKind,
  actorName,
  actor: actorName ? 'amira@buurtwerk.example' : 'participant',
  action,
  detail,
  subjectId: `subject-${pseudonym ?? 'none'}`,
  participantPseudonym: pseudonym,
});

const NO_FILTER = { actorAccountId: null, action: null, from: null, to: null, participantId: null };

function logMock(filter: Record<string, unknown>, nodes: ReturnType<typeof entry>[]): MockLink.MockedResponse {
  return {
    request: { query: auditLogPageQuery, variables: { filter: { ...NO_FILTER, ...filter } } },
    result: {
      data: {
        auditLog: {
          __typename: 'AuditEntryConnection',
          totalCount: nodes.length,
          edges: nodes.map((node) => ({ __typename: 'AuditEntryEdge', cursor: node.id, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}

const peopleMock: MockLink.MockedResponse = {
  request: { query: auditLogPeopleQuery, variables: {} },
  result: {
    data: {
      accounts: {
        __typename: 'AccountConnection',
        edges: [
          {
            __typename: 'AccountEdge',
            node: { __typename: 'Account', id: 'acc-amira', displayName: 'Amira El Idrissi' },
          },
        ],
      },
    },
  },
};

const readByAmira = entry('e-1', 'STAFF', 'Amira El Idrissi', 'READ', 'ageBand', 'Blue Heron 12');
const erasedByThemselves = entry('e-2', 'PARTICIPANT', null, 'ERASE', 'all personal data', 'Erased participant 3f2a');

describe('AuditLogPage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('should say who did what with which participant’s data, by name and pseudonym, in plain words', async () => {
    await renderApp('/admin/audit-log', {
      viewer: staffViewer('ADMINISTRATOR'),
      mocks: [logMock({}, [readByAmira, erasedByThemselves]), peopleMock],
    });

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['When', 'Who', 'What was done', 'Which data', 'Participant']);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .slice(1)
        .map((cell) => cell.textContent),
    ).toEqual(['Amira El Idrissi', 'Read', 'age band', 'Blue Heron 12']);
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .slice(1)
        .map((cell) => cell.textContent),
    ).toEqual(['The participant themselves', 'Erased', 'all personal data', 'Erased participant 3f2a']);
    expect(screen.getByText('2 entries')).toBeInTheDocument();
  });

  it('should show only one action, and only one participant, when the filters are set', async () => {
    const { user } = await renderApp('/admin/audit-log', {
      viewer: staffViewer('ADMINISTRATOR'),
      mocks: [
        logMock({}, [readByAmira, erasedByThemselves]),
        peopleMock,
        logMock({ action: 'ERASE' }, [erasedByThemselves]),
        logMock({ action: 'ERASE', participantId: 'subject-Erased participant 3f2a' }, [erasedByThemselves]),
      ],
    });
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: /What was done/ }));
    await user.click(await screen.findByRole('option', { name: 'Erased' }));
    expect(await screen.findByText('1 entry matches')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);

    await user.click(
      screen.getByRole('button', { name: 'Erased participant 3f2a: show only what concerns this participant' }),
    );
    expect(await screen.findByText(/Only about/)).toHaveTextContent('Only about Erased participant 3f2a');
    expect(
      screen.getByRole('button', { name: 'Show all participants again instead of only Erased participant 3f2a' }),
    ).toBeInTheDocument();
  });

  it('should save the filtered log as a CSV file when Export is pressed', async () => {
    const saved: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:audit';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const csv = '\ufeffat,who,account_email,action,participant,participant_id,what\r\n';
    const { user } = await renderApp('/admin/audit-log', {
      viewer: staffViewer('ADMINISTRATOR'),
      mocks: [
        logMock({}, [readByAmira]),
        peopleMock,
        {
          request: { query: auditLogCsvQuery, variables: { filter: NO_FILTER } },
          result: { data: { auditLogCsv: csv } },
        },
      ],
    });
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: 'Export as CSV' }));

    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    // Byte for byte, with the byte order mark that spreadsheets need.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved[0]!.arrayBuffer())).toBe(csv);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
