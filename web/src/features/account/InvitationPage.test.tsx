import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { projectsMock } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { anonymousViewer, staffViewer, viewerMock } from '../../test/viewer';
import { acceptInvitationMutation, invitationPageQuery } from './InvitationPage';

const token = 'tok-123';

function previewMock(overrides: { expired?: boolean; accepted?: boolean } = {}): MockLink.MockedResponse {
  return {
    request: { query: invitationPageQuery, variables: { token } },
    result: {
      data: {
        invitation: {
          __typename: 'InvitationPreview',
          email: 'jonas@buurtwerk.example',
          organisationName: 'vzw Buurtwerk',
          role: 'FACILITATOR',
          expired: false,
          accepted: false,
          ...overrides,
        },
      },
    },
  };
}

describe('InvitationPage', () => {
  it('should show who invites whom as what, then create the account and sign in when the form is filled in', async () => {
    const { user } = await renderApp(`/invitations/${token}`, {
      viewer: null,
      mocks: [
        viewerMock(anonymousViewer),
        previewMock(),
        {
          request: {
            query: acceptInvitationMutation,
            variables: { input: { token, displayName: 'Jonas Claes', password: 'a long enough password' } },
          },
          result: {
            data: {
              acceptInvitation: {
                __typename: 'SignInPayload',
                account: { __typename: 'Account', id: 'account-jonas' },
              },
            },
          },
        },
        viewerMock(staffViewer('FACILITATOR', 'Jonas Claes')),
        projectsMock(),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Create your account' })).toBeInTheDocument();
    expect(screen.getByText('vzw Buurtwerk invites you to work in Samenspraak as Facilitator.')).toBeInTheDocument();
    expect(screen.getByText('jonas@buurtwerk.example')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Jonas Claes');
    await user.type(
      screen.getByLabelText('Password', { exact: false, selector: 'input[name="password"]' }),
      'a long enough password',
    );
    await user.type(screen.getByLabelText(/Password again/), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Create account and sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Projects' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Jonas Claes: account menu' })).toBeInTheDocument();
  });

  it('should ask for a longer password and the same one twice before anything is sent', async () => {
    const { user } = await renderApp(`/invitations/${token}`, { viewer: anonymousViewer, mocks: [previewMock()] });
    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Jonas');
    const password = screen.getByLabelText('Password', { exact: false, selector: 'input[name="password"]' });
    await user.type(password, 'short');
    await user.type(screen.getByLabelText(/Password again/), 'shorter');
    await user.click(screen.getByRole('button', { name: 'Create account and sign in' }));

    expect(password).toHaveAccessibleDescription(
      'At least 12 characters, and not easy to guess: no common password, name, date or keyboard row. A few unrelated words in a row are easy to remember and hard to guess. Use at least 12 characters.',
    );
    expect(screen.getByLabelText(/Password again/)).toHaveAccessibleDescription('The two passwords are not the same.');
  });

  it('should say the invitation has expired, without a form, when it has', async () => {
    await renderApp(`/invitations/${token}`, { viewer: anonymousViewer, mocks: [previewMock({ expired: true })] });

    expect(await screen.findByRole('heading', { level: 1, name: 'This invitation has expired' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('should offer to sign in when the invitation was used already', async () => {
    await renderApp(`/invitations/${token}`, { viewer: anonymousViewer, mocks: [previewMock({ accepted: true })] });

    const main = await screen.findByRole('main');
    expect(
      await within(main).findByRole('heading', { level: 1, name: 'This invitation has been used' }),
    ).toBeInTheDocument();
    expect(within(main).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });

  it('should say the link does not work when the server does not know it', async () => {
    await renderApp(`/invitations/${token}`, {
      viewer: anonymousViewer,
      mocks: [
        {
          request: { query: invitationPageQuery, variables: { token } },
          result: { errors: [{ message: 'This invitation link is not valid.', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invitation link does not work' }),
    ).toBeInTheDocument();
  });
});
