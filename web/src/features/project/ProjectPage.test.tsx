import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { projectMock, projectNotFoundMock } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';

describe('ProjectPage', () => {
  it('should show the partners with their roles, the 75/25 grant split and the sessions when the project loads', async () => {
    await renderApp('/projects/p-mechelen', { mocks: [projectMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Samen Mechelen' })).toBeInTheDocument();

    const partners = screen.getByRole('region', { name: 'Partners' });
    const rows = within(partners).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('Stad Mechelen');
    expect(rows[0]).toHaveTextContent('Promoter');
    expect(rows[1]).toHaveTextContent('vzw Samen Sterk');
    expect(rows[1]).toHaveTextContent('Partner organisation');
    expect(rows[2]).toHaveTextContent('Universiteit Antwerpen');
    expect(rows[2]).toHaveTextContent('Evaluation team');

    const grant = screen.getByRole('region', { name: 'Grant' });
    expect(grant).toHaveTextContent('€200,000');
    expect(within(grant).getByText('EU fund (AMIF)').closest('div')).toHaveTextContent('€150,000 (75%)');
    expect(within(grant).getByText('Regional co-financing').closest('div')).toHaveTextContent('€50,000 (25%)');

    const goals = screen.getByRole('region', { name: 'Goals' });
    expect(within(goals).getAllByRole('listitem')).toHaveLength(2);

    const sessions = screen.getByRole('region', { name: /Sessions/ });
    const session = within(sessions).getByRole('article', { name: 'Our park at night' });
    expect(within(session).getByRole('link', { name: 'Our park at night' })).toHaveAttribute('href', '/sessions/s-1');
    expect(session).toHaveTextContent('Live now');
    expect(session).toHaveTextContent('Dutch · Arabic · Tigrinya');
    expect(session).toHaveTextContent('18 of 30 attended');
  });

  it('should show the not-found page when the server says the project does not exist', async () => {
    await renderApp('/projects/nope', { mocks: [projectNotFoundMock('nope')] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the projects' })).toHaveAttribute('href', '/');
  });

  it('should show the not-found page when the address matches no page', async () => {
    await renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
