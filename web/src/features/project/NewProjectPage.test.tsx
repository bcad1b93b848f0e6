import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { projectMock } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { staffViewer } from '../../test/viewer';
import { buurtwerk, mechelen } from '../organisation/organisation.fixtures';
import { createProjectMutation, newProjectPageQuery } from './NewProjectPage';

const administrator = staffViewer('ADMINISTRATOR', 'Ines Wouters');

const organisationsMock = {
  request: { query: newProjectPageQuery, variables: {} },
  result: {
    data: {
      organisations: {
        __typename: 'OrganisationConnection',
        edges: [mechelen, buurtwerk].map(({ locality: _locality, ...node }) => ({
          __typename: 'OrganisationEdge',
          node,
        })),
      },
    },
  },
};

describe('NewProjectPage', () => {
  it('should show the 75/25 split of the grant as it is typed', async () => {
    const { user } = await renderApp('/projects/new', { viewer: administrator, mocks: [organisationsMock] });

    const grant = await screen.findByRole('textbox', { name: 'Grant in euros' });
    expect(screen.getByText(/Enter the grant to see/)).toBeInTheDocument();
    await user.type(grant, '200000');

    expect(await screen.findByText('EU fund (AMIF): €150,000 (75%)')).toBeInTheDocument();
    expect(screen.getByText('Regional co-financing: €50,000 (25%)')).toBeInTheDocument();
  });

  it('should offer only municipalities as promoter and refuse a grant outside the fund’s range', async () => {
    const { user } = await renderApp('/projects/new', { viewer: administrator, mocks: [organisationsMock] });

    await user.click(await screen.findByRole('button', { name: /Promoter/ }));
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Stad Mechelen']);
    await user.keyboard('{Escape}');

    await user.type(screen.getByRole('textbox', { name: 'Grant in euros' }), '300000');
    await user.click(screen.getByRole('button', { name: 'Create project' }));

    expect(screen.getByRole('textbox', { name: 'Grant in euros' })).toHaveAccessibleDescription(
      'From €100,000 to €250,000. The grant must be from €100,000 to €250,000.',
    );
  });

  it('should create the project and open its page when the form is complete', async () => {
    const { user } = await renderApp('/projects/new', {
      viewer: administrator,
      mocks: [
        organisationsMock,
        {
          request: {
            query: createProjectMutation,
            variables: {
              input: {
                promoterId: 'org-mechelen',
                title: 'Samen Mechelen',
                description: 'Residents and newcomers name what matters.',
                goals: ['More newcomers take part', 'Every strategy gets an answer'],
                grantEuros: 200_000,
                startsOn: '2025-01-01',
                endsOn: '2026-12-31',
              },
            },
          },
          result: {
            data: {
              createProject: { __typename: 'ProjectPayload', project: { __typename: 'Project', id: 'p-mechelen' } },
            },
          },
        },
        projectMock(),
      ],
    });

    await user.click(await screen.findByRole('button', { name: /Promoter/ }));
    await user.click(await screen.findByRole('option', { name: 'Stad Mechelen' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Samen Mechelen');
    await user.type(screen.getByRole('textbox', { name: 'Description' }), 'Residents and newcomers name what matters.');
    await user.type(
      screen.getByRole('textbox', { name: /^Goals/ }),
      'More newcomers take part{Enter}{Enter}Every strategy gets an answer',
    );
    await user.type(screen.getByRole('textbox', { name: 'Grant in euros' }), '200000');
    const period = screen.getByRole('group', { name: 'Period' });
    await user.click(within(period).getAllByRole('spinbutton', { name: /First day/ })[0]!);
    await user.keyboard('01012025');
    await user.click(within(period).getAllByRole('spinbutton', { name: /Last day/ })[0]!);
    await user.keyboard('12312026');
    await user.click(screen.getByRole('button', { name: 'Create project' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Samen Mechelen' })).toBeInTheDocument();
  }, 20_000);
});
