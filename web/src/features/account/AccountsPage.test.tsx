import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { staffViewer } from '../../test/viewer';
import { account, accountsMock, kortrijk, samenMechelen } from './account.fixtures';
import { updateAccountMutation } from './AccountCard';

const administrator = staffViewer('ADMINISTRATOR', 'Ines Wouters');
const ines = account('account-administrator', 'Ines Wouters', 'ADMINISTRATOR', []);
const amira = account('account-amira', 'Amira El Idrissi', 'FACILITATOR', [samenMechelen]);

describe('AccountsPage', () => {
  it('should list each account with its role, organisations and projects when the page opens', async () => {
    await renderApp('/admin/accounts', { viewer: administrator, mocks: [accountsMock([ines, amira])] });

    const card = await screen.findByRole('article', { name: 'Amira El Idrissi' });
    expect(within(card).getByText('Facilitator')).toBeInTheDocument();
    expect(within(card).getByText('amira@mechelen.example')).toBeInTheDocument();
    expect(within(card).getByText('Samen Mechelen')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Ines Wouters (you)' })).toHaveTextContent('Administrator');
    expect(screen.getByRole('link', { name: 'Invite someone' })).toHaveAttribute('href', '/admin/accounts/invite');
  });

  it('should change the role and projects of an account and show them when the dialog is saved', async () => {
    const { user } = await renderApp('/admin/accounts', {
      viewer: administrator,
      mocks: [
        accountsMock([ines, amira]),
        {
          request: {
            query: updateAccountMutation,
            variables: {
              input: {
                accountId: 'account-amira',
                projectIds: ['p-mechelen', 'p-kortrijk'],
                role: 'REVIEWER',
                active: true,
              },
            },
          },
          result: {
            data: {
              updateAccount: {
                __typename: 'AccountPayload',
                account: account('account-amira', 'Amira El Idrissi', 'REVIEWER', [samenMechelen, kortrijk]),
              },
            },
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Change the account of Amira El Idrissi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the account of Amira El Idrissi' });
    expect(within(dialog).getByRole('radio', { name: /^Facilitator/ })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Samen Mechelen' })).toBeChecked();
    await user.click(within(dialog).getByRole('radio', { name: /^Reviewer/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Kortrijk spreekt' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const card = await screen.findByRole('article', { name: 'Amira El Idrissi' });
    expect(await within(card).findByText('Reviewer')).toBeInTheDocument();
    expect(within(card).getByText('Samen Mechelen, Kortrijk spreekt')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('should deactivate an account and mark it so when "Can sign in" is unticked', async () => {
    const { user } = await renderApp('/admin/accounts', {
      viewer: administrator,
      mocks: [
        accountsMock([ines, amira]),
        {
          request: {
            query: updateAccountMutation,
            variables: {
              input: { accountId: 'account-amira', projectIds: ['p-mechelen'], role: 'FACILITATOR', active: false },
            },
          },
          result: {
            data: {
              updateAccount: {
                __typename: 'AccountPayload',
                account: account('account-amira', 'Amira El Idrissi', 'FACILITATOR', [samenMechelen], false),
              },
            },
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Change the account of Amira El Idrissi' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: /Can sign in/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(
      await within(screen.getByRole('article', { name: 'Amira El Idrissi' })).findByText('Deactivated'),
    ).toBeInTheDocument();
  });

  it('should not offer administrators to change their own role or to deactivate themselves', async () => {
    const { user } = await renderApp('/admin/accounts', {
      viewer: administrator,
      mocks: [accountsMock([ines, amira])],
    });

    await user.click(await screen.findByRole('button', { name: 'Change the account of Ines Wouters' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: /^Administrator/ })).toBeDisabled();
    expect(within(dialog).getByText('You cannot change your own role.')).toBeInTheDocument();
    expect(within(dialog).getByRole('checkbox', { name: /Can sign in/ })).toBeDisabled();
  });
});
