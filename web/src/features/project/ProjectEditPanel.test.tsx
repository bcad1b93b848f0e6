import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { projectMock } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { staffViewer } from '../../test/viewer';
import { projectAdminPanelQuery } from './ProjectAdminPanel';
import { removeProjectPartnerMutation, updateProjectMutation } from './ProjectEditPanel';
import { projectEditPanelMock as editMock, samenSterk } from './ProjectEditPanel.fixtures';

const addPanelMock = {
  request: { query: projectAdminPanelQuery, variables: { projectId: 'p-mechelen' } },
  result: {
    data: {
      project: {
        __typename: 'Project',
        id: 'p-mechelen',
        promoter: { __typename: 'Organisation', id: 'org-mechelen' },
        partners: [
          { __typename: 'ProjectPartner', id: 'pp-1', organisation: { __typename: 'Organisation', id: 'org-vzw' } },
          { __typename: 'ProjectPartner', id: 'pp-2', organisation: { __typename: 'Organisation', id: 'org-uni' } },
        ],
      },
      organisations: { __typename: 'OrganisationConnection', edges: [] },
    },
  },
};

describe('ProjectEditPanel', () => {
  it('should save a new title and goals and take a partner off the project when the promoter’s administrator edits them', async () => {
    const { user } = await renderApp('/projects/p-mechelen', {
      viewer: staffViewer('ADMINISTRATOR', 'Ines Wouters'),
      mocks: [
        projectMock(),
        editMock,
        addPanelMock,
        {
          request: {
            query: updateProjectMutation,
            variables: {
              input: {
                projectId: 'p-mechelen',
                title: 'Samen Mechelen 2026',
                description: 'Residents and newcomers name what matters in their neighbourhood.',
                goals: ['More newcomers take part in local policy', 'Answers within three months'],
                startsOn: '2025-01-01',
                endsOn: '2026-12-31',
              },
            },
          },
          result: {
            data: {
              updateProject: {
                __typename: 'ProjectPayload',
                project: {
                  __typename: 'Project',
                  id: 'p-mechelen',
                  title: 'Samen Mechelen 2026',
                  description: 'Residents and newcomers name what matters in their neighbourhood.',
                  goals: ['More newcomers take part in local policy', 'Answers within three months'],
                  startsOn: '2025-01-01',
                  endsOn: '2026-12-31',
                },
              },
            },
          },
        },
        {
          request: { query: removeProjectPartnerMutation, variables: { input: { projectPartnerId: 'pp-2' } } },
          result: {
            data: {
              removeProjectPartner: {
                __typename: 'RemoveProjectPartnerPayload',
                project: {
                  __typename: 'Project',
                  id: 'p-mechelen',
                  partners: [
                    { __typename: 'ProjectPartner', id: 'pp-1', role: 'PARTNER_ACTOR', organisation: samenSterk },
                  ],
                },
              },
            },
          },
        },
      ],
    });

    const panel = await screen.findByRole('region', { name: 'Edit the project' }, { timeout: 10_000 });
    const title = within(panel).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Samen Mechelen 2026');
    const goals = within(panel).getByRole('textbox', { name: /Goals/ });
    await user.clear(goals);
    await user.type(goals, 'More newcomers take part in local policy{Enter}Answers within three months');
    await user.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect(await within(panel).findByRole('status')).toHaveTextContent('The project is saved.');
    // The page's own heading follows the saved title (one cache).
    expect(await screen.findByRole('heading', { level: 1, name: 'Samen Mechelen 2026' })).toBeInTheDocument();

    const partners = screen.getByRole('region', { name: 'Partners in the project' });
    await user.click(within(partners).getByRole('button', { name: /Remove.*Universiteit Antwerpen/ }));
    expect(await within(partners).findByRole('status')).toHaveTextContent(
      'Universiteit Antwerpen is no longer a partner of this project.',
    );
    expect(within(screen.getByRole('region', { name: 'Partners' })).queryByText('Universiteit Antwerpen')).toBeNull();
  });

  it('should not offer the panels to an administrator of a partner organisation', async () => {
    const partnerAdmin = staffViewer('ADMINISTRATOR', 'Karim Samen Sterk');
    partnerAdmin.account!.organisations = [{ __typename: 'Organisation', id: 'org-vzw', name: 'vzw Samen Sterk' }];
    await renderApp('/projects/p-mechelen', { viewer: partnerAdmin, mocks: [projectMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Samen Mechelen' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Edit the project' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Add a partner' })).not.toBeInTheDocument();
  });
});
