import { projectEditPanelQuery } from './ProjectEditPanel';

// The edit panel's data for the project of the test fixtures (p-mechelen).
const uni = { __typename: 'Organisation' as const, id: 'org-uni', name: 'Universiteit Antwerpen', locality: null };
export const samenSterk = {
  __typename: 'Organisation' as const,
  id: 'org-vzw',
  name: 'vzw Samen Sterk',
  locality: 'Mechelen',
};

export const projectEditPanelMock = {
  request: { query: projectEditPanelQuery, variables: { projectId: 'p-mechelen' } },
  result: {
    data: {
      project: {
        __typename: 'Project',
        id: 'p-mechelen',
        title: 'Samen Mechelen',
        description: 'Residents and newcomers name what matters in their neighbourhood.',
        goals: ['More newcomers take part in local policy'],
        startsOn: '2025-01-01',
        endsOn: '2026-12-31',
        partners: [
          { __typename: 'ProjectPartner', id: 'pp-1', role: 'PARTNER_ACTOR', organisation: samenSterk },
          { __typename: 'ProjectPartner', id: 'pp-2', role: 'EVALUATION_TEAM', organisation: uni },
        ],
      },
    },
  },
};
