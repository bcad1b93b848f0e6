import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { projectsErrorMock, projectsMock } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

describe('ProjectsPage', () => {
  it('should list each project as a card with its promoter, period and grant when the projects load', async () => {
    await renderApp('/', { mocks: [projectsMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Projects' })).toBeInTheDocument();
    const cards = await screen.findAllByRole('article');
    expect(cards).toHaveLength(2);
    const mechelen = screen.getByRole('article', { name: 'Samen Mechelen' });
    expect(within(mechelen).getByRole('link', { name: 'Samen Mechelen' })).toHaveAttribute(
      'href',
      '/projects/p-mechelen',
    );
    expect(within(mechelen).getByText('Promoted by Stad Mechelen')).toBeInTheDocument();
    expect(within(mechelen).getByText('€200,000')).toBeInTheDocument();
    expect(within(mechelen).getByText('€150,000 EU fund · €50,000 region')).toBeInTheDocument();
    expect(within(mechelen).getByText(/Jan 1, 2025\s*–\s*Dec 31, 2026/)).toBeInTheDocument();
    expect(screen.getByText('2 projects')).toBeInTheDocument();
  });

  it('should say it is loading when the projects are still on their way', async () => {
    await renderApp('/', { mocks: [{ ...projectsMock(), delay: 50 }] });

    expect(await screen.findByRole('status')).toHaveTextContent('Loading…');
    expect(await screen.findByRole('article', { name: 'Samen Mechelen' })).toBeInTheDocument();
  });

  it("should show the server's message and offer to try again when the projects cannot be loaded", async () => {
    await renderApp('/', { mocks: [projectsErrorMock('The database is busy; please try again in a minute.')] });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The database is busy; please try again in a minute.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('should ask the person to sign in, without a pointless retry, when the server wants to know who is asking', async () => {
    await renderApp('/', {
      mocks: [projectsErrorMock('Please sign in, or join a session, first.', 'UNAUTHENTICATED')],
    });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Please sign in first' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Please sign in, or join a session, first.');
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
  });
});
