import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { staffViewer } from '../../test/viewer';
import { kortrijk, samenMechelen } from './account.fixtures';
import { createInvitationMutation, invitePageQuery } from './InvitePage';

const administrator = staffViewer('ADMINISTRATOR', 'Ines Wouters');

const invitePageMock = {
  request: { query: invitePageQuery, variables: {} },
  result: {
    data: {
      organisations: {
        __typename: 'OrganisationConnection',
        edges: [
          {
            __typename: 'OrganisationEdge',
            node: { __typename: 'Organisation', id: 'org-mechelen', name: 'Stad Mechelen' },
          },
          {
            __typename: 'OrganisationEdge',
            node: { __typename: 'Organisation', id: 'org-buurtwerk', name: 'vzw Buurtwerk' },
          },
        ],
      },
      projects: {
        __typename: 'ProjectConnection',
        edges: [samenMechelen, kortrijk].map((node) => ({
          __typename: 'ProjectEdge',
          node: { __typename: 'Project', ...node },
        })),
      },
    },
  },
};

describe('InvitePage', () => {
  it('should show the whole invitation link once, with a copy button and its expiry, when the invitation is made', async () => {
    const { user } = await renderApp('/admin/accounts/invite', {
      viewer: administrator,
      mocks: [
        invitePageMock,
        {
          request: {
            query: createInvitationMutation,
            variables: {
              input: {
                email: 'jonas@buurtwerk.example',
                role: 'FACILITATOR',
                organisationId: 'org-buurtwerk',
                projectIds: ['p-mechelen'],
              },
            },
          },
          result: {
            data: {
              createInvitation: {
                __typename: 'CreateInvitationPayload',
                link: '/invitations/abc123',
                invitation: {
                  __typename: 'Invitation',
                  id: 'inv-1',
                  email: 'jonas@buurtwerk.example',
                  role: 'FACILITATOR',
                  expiresAt: '2025-03-17T10:00:00.000Z',
                  organisation: { __typename: 'Organisation', id: 'org-buurtwerk', name: 'vzw Buurtwerk' },
                },
              },
            },
          },
        },
      ],
    });

    await user.type(await screen.findByRole('textbox', { name: 'E-mail address' }), 'jonas@buurtwerk.example');
    expect(screen.getByRole('radio', { name: /^Facilitator/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: /Organisation/ }));
    await user.click(await screen.findByRole('option', { name: 'vzw Buurtwerk' }));
    await user.click(screen.getByRole('checkbox', { name: 'Samen Mechelen' }));
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));

    const ready = await screen.findByRole('region', { name: 'The invitation link is ready' });
    expect(within(ready).getByRole('textbox', { name: 'Invitation link' })).toHaveValue(
      `${window.location.origin}/invitations/abc123`,
    );
    expect(within(ready).getByText('The link works until March 17, 2025.')).toBeInTheDocument();
    expect(within(ready).getByText(/Send this link to jonas@buurtwerk.example/)).toBeInTheDocument();

    await user.click(within(ready).getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/invitations/abc123`);
    expect(within(ready).getByRole('status')).toHaveTextContent('The link has been copied.');
  });

  it('should ask for an e-mail address in the reader’s language when it is not one', async () => {
    const { user } = await renderApp('/admin/accounts/invite', { viewer: administrator, mocks: [invitePageMock] });

    await user.type(await screen.findByRole('textbox', { name: 'E-mail address' }), 'jonas at buurtwerk');
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));

    expect(screen.getByRole('textbox', { name: 'E-mail address' })).toHaveAccessibleDescription(
      'The new account will use this address to sign in. Enter an e-mail address, such as name@example.org.',
    );
  });
});
