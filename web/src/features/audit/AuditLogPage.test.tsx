import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { staffViewer } from '../../test/viewer';
import { auditLogPageQuery } from './AuditLogPage';

const entry = (id: string, actor: string, action: string, detail: string) => ({
  __typename: 'AuditEntry',
  id,
  at: '2025-03-12T18:30:00.000Z',
  actor,
  action,
  detail,
  subjectType: 'Participant',
  subjectId: 'de300000-0006-4000-8000-000000000001',
});

describe('AuditLogPage', () => {
  it('should list who read or changed which personal data, and when', async () => {
    await renderApp('/admin/audit-log', {
      viewer: staffViewer('ADMINISTRATOR'),
      mocks: [
        {
          request: { query: auditLogPageQuery, variables: {} },
          result: {
            data: {
              auditLog: {
                __typename: 'AuditEntryConnection',
                totalCount: 2,
                edges: [
                  entry('e-1', 'amira@buurtwerk.example', 'READ', 'background'),
                  entry('e-2', 'participant', 'ERASE', 'all personal data'),
                ].map((node) => ({ __typename: 'AuditEntryEdge', cursor: node.id, node })),
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              },
            },
          },
        },
      ],
    });

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['When', 'Who', 'What was done', 'Which data', 'Record']);
    expect(rows[1]).toHaveTextContent('amira@buurtwerk.example');
    expect(rows[1]).toHaveTextContent('Read');
    expect(rows[1]).toHaveTextContent('background');
    expect(rows[2]).toHaveTextContent('The participant themselves');
    expect(rows[2]).toHaveTextContent('Erased');
    expect(screen.getByText('2 entries')).toBeInTheDocument();
  });
});
