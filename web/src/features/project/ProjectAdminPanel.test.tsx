import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { projectMock } from '../../test/fixtures';
import { renderApp } from '../../test/renderApp';
import { staffViewer } from '../../test/viewer';
import { buurtwerk, mechelen, organisation, universiteit } from '../organisation/organisation.fixtures';
import { addProjectPartnerMutation, projectAdminPanelQuery } from './ProjectAdminPanel';
import { projectEditPanelMock } from './ProjectEditPanel.fixtures';

const vrouwen = organisation('org-vrouwen', 'Vrouwen van de Wereld', 'SELF_ORGANISATION', 'Mechelen');

const panelMock = {
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
      organisations: {
        __typename: 'OrganisationConnection',
        edges: [mechelen, buurtwerk, universiteit, vrouwen].map(({ locality: _l, ...node }) => ({
          __typename: 'OrganisationEdge',
          node,
        })),
      },
    },
  },
};

describe('ProjectAdminPanel', () => {
  it('should add a partner with the role its kind suggests and list it among the partners', async () => {
    const project = projectMock().result as { data: { project: { partners: unknown[] } } };
    const partners = project.data.project.partners;
    const { user } = await renderApp('/projects/p-mechelen', {
      viewer: staffViewer('ADMINISTRATOR', 'Ines Wouters'),
      mocks: [
        projectMock(),
        projectEditPanelMock,
        panelMock,
        {
          request: {
            query: addProjectPartnerMutation,
            variables: { input: { projectId: 'p-mechelen', organisationId: 'org-vrouwen', role: 'SELF_ORGANISATION' } },
          },
          result: {
            data: {
              addProjectPartner: {
                __typename: 'ProjectPartnerPayload',
                partner: {
                  __typename: 'ProjectPartner',
                  id: 'pp-3',
                  organisation: { __typename: 'Organisation', id: 'org-vrouwen', name: 'Vrouwen van de Wereld' },
                  project: {
                    __typename: 'Project',
                    id: 'p-mechelen',
                    partners: [
                      ...partners,
                      { __typename: 'ProjectPartner', id: 'pp-3', role: 'SELF_ORGANISATION', organisation: vrouwen },
                    ],
                  },
                },
              },
            },
          },
        },
      ],
    });

    // The panel's code loads after the page's, for administrators only.
    const panel = await screen.findByRole('region', { name: 'Add a partner' }, { timeout: 4000 });
    await user.click(within(panel).getByRole('button', { name: /Organisation/ }));
    const options = await screen.findAllByRole('option');
    // The promoter and the organisations that take part already are not offered again.
    expect(options.map((option) => option.textContent)).toEqual(['vzw Buurtwerk', 'Vrouwen van de Wereld']);
    await user.click(screen.getByRole('option', { name: 'Vrouwen van de Wereld' }));
    expect(within(panel).getByRole('button', { name: /Role in the project/ })).toHaveTextContent('Self-organisation');
    await user.click(within(panel).getByRole('button', { name: 'Add partner' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'Vrouwen van de Wereld is now a partner of this project.',
    );
    const partnersPanel = screen.getByRole('region', { name: 'Partners' });
    expect(within(partnersPanel).getByText('Vrouwen van de Wereld')).toBeInTheDocument();
  });

  it('should not show the panel to a facilitator', async () => {
    await renderApp('/projects/p-mechelen', { viewer: staffViewer('FACILITATOR'), mocks: [projectMock()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Samen Mechelen' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Add a partner' })).not.toBeInTheDocument();
  });
});
