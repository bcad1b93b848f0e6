import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signOutMutation } from '../features/account/useSignOut';
import { projectMock, projectsMock } from '../test/fixtures';
import { renderApp } from '../test/renderApp';
import { anonymousViewer, staffViewer } from '../test/viewer';
import type { StaffRole } from '../gql/graphql';

const navigationOf = (role: StaffRole): string[] =>
  ({
    TRANSLATOR: ['Translations', 'Projects'],
    FACILITATOR: ['Projects', 'Workshops', 'Methods', 'Translations'],
    REVIEWER: ['Projects', 'Strategies to answer'],
    EVALUATOR: ['Indicators', 'Projects', 'Methods'],
    ADMINISTRATOR: ['Projects', 'Translations', 'Organisations', 'Accounts', 'Audit log'],
  })[role];

describe('Shell', () => {
  it.each<StaffRole>(['FACILITATOR', 'REVIEWER', 'EVALUATOR', 'ADMINISTRATOR', 'TRANSLATOR'])(
    'should show the navigation of a %s when one is signed in',
    async (role) => {
      await renderApp('/', { viewer: staffViewer(role), mocks: [projectsMock()] });

      const navigation = await screen.findByRole('navigation', { name: 'Main' });
      const links = within(navigation).getAllByRole('link');
      expect(links.map((link) => link.textContent)).toEqual(navigationOf(role));
      expect(within(navigation).getByRole('link', { name: 'Projects' })).toHaveAttribute('aria-current', 'page');
      expect(await screen.findByRole('button', { name: 'Sam Peeters: account menu' })).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
    },
  );

  it('should mark the section of a deeper page as current when a project page is open', async () => {
    await renderApp('/projects/p-mechelen', { viewer: staffViewer('ADMINISTRATOR'), mocks: [projectMock()] });

    const navigation = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(navigation).getByRole('link', { name: 'Projects' })).toHaveAttribute('aria-current', 'page');
    expect(within(navigation).getByRole('link', { name: 'Accounts' })).not.toHaveAttribute('aria-current');
  });

  it('should explain the product and offer both ways in when an anonymous visitor opens the home page', async () => {
    await renderApp('/', { viewer: anonymousViewer });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Workshops on active and shared citizenship' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Join a session (participants)' })).toHaveAttribute('href', '/join');
    expect(screen.getByRole('link', { name: 'Sign in (staff)' })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    // The landing page offers it itself; the header does not say it twice.
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('should offer to sign in from the header, and to come back, on other pages for visitors', async () => {
    await renderApp('/no-such-page', { viewer: anonymousViewer });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fno-such-page',
    );
  });

  it('should send an anonymous visitor of a staff page to sign in, to come back afterwards', async () => {
    await renderApp('/admin/accounts', { viewer: anonymousViewer });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('should tell a facilitator that an administrator page is not open to them', async () => {
    await renderApp('/admin/audit-log', { viewer: staffViewer('FACILITATOR') });

    expect(await screen.findByRole('heading', { level: 1, name: 'This is not open to you' })).toBeInTheDocument();
    expect(
      screen.getByText('This page is for: Administrator. Ask an administrator if you need it.'),
    ).toBeInTheDocument();
  });

  it('should offer to change the password and to sign out in the account menu, and sign out', async () => {
    const { user } = await renderApp('/', {
      viewer: staffViewer('REVIEWER', 'Lotte Janssens'),
      mocks: [
        projectsMock(),
        {
          request: { query: signOutMutation },
          result: { data: { signOut: { __typename: 'SignOutPayload', signedOut: true } } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Lotte Janssens: account menu' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('reviewer@mechelen.example')).toBeInTheDocument();
    expect(within(menu).getByText('Reviewer')).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Change password' })).toHaveAttribute(
      'href',
      '/account/password',
    );
    await user.click(within(menu).getByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('link', { name: 'Sign in (staff)' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /account menu/ })).not.toBeInTheDocument();
  });

  it('should land on the home page and forget what was loaded when someone signs out on a project page', async () => {
    const { user, client } = await renderApp('/projects/p-mechelen', {
      mocks: [
        projectMock(),
        // The home page opens a moment before the shell learns that nobody is signed in any more.
        projectsMock(),
        {
          request: { query: signOutMutation },
          result: { data: { signOut: { __typename: 'SignOutPayload', signedOut: true } } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Samen Mechelen' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sam Peeters: account menu' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('link', { name: 'Sign in (staff)' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Sign in' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(Object.keys((client.cache.extract() as Record<string, object>)['ROOT_QUERY'] ?? {})).toEqual([
        '__typename',
        'viewer',
      ]),
    );
    expect(JSON.stringify(client.cache.extract())).not.toContain('Samen Mechelen');
  });
});
