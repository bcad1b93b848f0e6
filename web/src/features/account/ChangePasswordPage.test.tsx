import { screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { changePasswordMutation } from './ChangePasswordPage';

const input = { currentPassword: 'the old password', newPassword: 'a brand new passphrase' };

function changeMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: changePasswordMutation, variables: { input } }, result };
}

async function fill(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.type(await screen.findByLabelText(/Current password/), input.currentPassword);
  await user.type(screen.getByLabelText(/^New password/, { selector: 'input[name="newPassword"]' }), input.newPassword);
  await user.type(screen.getByLabelText(/New password again/), input.newPassword);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordPage', () => {
  it('should say the password was changed and empty the fields when the server accepts it', async () => {
    const { user } = await renderApp('/account/password', {
      mocks: [
        changeMock({
          data: { changePassword: { __typename: 'AccountPayload', account: { __typename: 'Account', id: 'a-1' } } },
        }),
      ],
    });
    await fill(user);

    expect(await screen.findByRole('status')).toHaveTextContent('Your password has been changed.');
    expect(screen.getByLabelText(/Current password/)).toHaveValue('');
  });

  it('should show at the current password that it is not right when the server says so', async () => {
    const { user } = await renderApp('/account/password', {
      mocks: [
        changeMock({
          errors: [
            {
              message: 'The current password is not right.',
              extensions: { code: 'BAD_USER_INPUT', field: 'currentPassword' },
            },
          ],
        }),
      ],
      language: 'en',
    });
    await fill(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('The current password is not right.');
    expect(screen.getByLabelText(/Current password/)).toHaveAccessibleDescription('The current password is not right.');
  });

  it('should say at the new password, in the reader’s language, that it is too easy to guess when the server refuses it', async () => {
    const { user } = await renderApp('/account/password', {
      mocks: [
        changeMock({
          errors: [
            {
              message: 'This password is too easy to guess (this is a commonly used password).',
              extensions: { code: 'BAD_USER_INPUT', field: 'newPassword', reason: 'TOO_GUESSABLE' },
            },
          ],
        }),
      ],
      language: 'en',
    });
    await fill(user);

    await screen.findByRole('alert');
    expect(
      screen.getByLabelText(/^New password/, { selector: 'input[name="newPassword"]' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('This password is too easy to guess. Choose a few unrelated words in a row'),
    );
  });

  it('should explain the whole password rule under the new password before anything is sent', async () => {
    await renderApp('/account/password', { mocks: [], language: 'nl' });
    expect(
      await screen.findByText(/^Minstens 12 tekens, en niet makkelijk te raden: geen veelgebruikt wachtwoord/),
    ).toBeInTheDocument();
  });
});
