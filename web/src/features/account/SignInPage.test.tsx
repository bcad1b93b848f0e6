import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { projectMock } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { anonymousViewer, staffViewer, viewerMock } from '../../test/viewer';
import { signInMutation } from './SignInPage';

const input = { email: 'amira@buurtwerk.example', password: 'correct horse battery' };

function signInMock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: signInMutation, variables: { input } }, result };
}

const signInError = (message: string, extensions: Record<string, unknown>) =>
  signInMock({ errors: [{ message, extensions }] });

async function fillAndSubmit(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.type(await screen.findByLabelText(/E-mail address/), input.email);
  await user.type(screen.getByLabelText(/Password/), input.password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('should say that the e-mail address and password do not match, at the top of the form, when the server refuses them', async () => {
    const { user } = await renderApp('/sign-in', {
      viewer: anonymousViewer,
      mocks: [signInError('That e-mail address and password do not match an account.', { code: 'UNAUTHENTICATED' })],
    });
    await fillAndSubmit(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'That e-mail address and password do not match an account. Check both and try again.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('should say how many minutes to wait when this network has tried too many wrong passwords', async () => {
    const { user } = await renderApp('/sign-in', {
      viewer: anonymousViewer,
      mocks: [
        signInError('Too many failed sign-ins from this network. Please wait 4 minutes and try again.', {
          code: 'RATE_LIMITED',
          limit: 'SIGN_IN',
          retryAfterSeconds: 230,
        }),
      ],
      language: 'nl',
    });
    await user.type(await screen.findByLabelText(/E-mailadres/), input.email);
    await user.type(screen.getByLabelText(/Wachtwoord/), input.password);
    await user.click(screen.getByRole('button', { name: 'Aanmelden' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Te veel pogingen. Probeer het over 4 minuten opnieuw.');
  });

  it("should show the server's word next to the field it names when the input is refused", async () => {
    const { user } = await renderApp('/sign-in', {
      viewer: anonymousViewer,
      mocks: [
        signInError('Some input is not valid: email must be at most 254 characters.', {
          code: 'BAD_USER_INPUT',
          problems: [{ field: 'email', message: 'email must be at most 254 characters' }],
        }),
      ],
    });
    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Some answers need another look.');
    const email = screen.getByRole('textbox', { name: 'E-mail address' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('email must be at most 254 characters');
  });

  it('should ask for both fields, in the reader’s language, when the form is sent empty', async () => {
    const { user } = await renderApp('/sign-in', { viewer: anonymousViewer });
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(screen.getByRole('textbox', { name: 'E-mail address' })).toHaveAccessibleDescription('Please fill this in.');
    expect(screen.getByLabelText(/Password/)).toHaveAccessibleDescription('Please fill this in.');
  });

  it('should sign in and open the page the person wanted when a staff page sent them to sign in', async () => {
    const { user } = await renderApp('/projects/p-mechelen', {
      // The shell asks, then the sign-in page asks afresh; after signing in, the shell asks again.
      viewer: null,
      mocks: [
        viewerMock(anonymousViewer, 2),
        signInMock({
          data: {
            signIn: { __typename: 'SignInPayload', account: { __typename: 'Account', id: 'account-facilitator' } },
          },
        }),
        viewerMock(staffViewer('FACILITATOR', 'Amira El Idrissi')),
        projectMock(),
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();

    await fillAndSubmit(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Samen Mechelen' })).toBeInTheDocument();
    const navigation = screen.getByRole('navigation', { name: 'Main' });
    expect(within(navigation).getByRole('link', { name: 'Workshops' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Amira El Idrissi: account menu' })).toBeInTheDocument();
  });
});
