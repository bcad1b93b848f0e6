import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { staffViewer } from '../../test/viewer';
import { buurtwerk, mechelen, organisation, organisationsMock } from './organisation.fixtures';
import { updateOrganisationMutation } from './OrganisationRow';
import { createOrganisationMutation } from './OrganisationsPage';

const administrator = staffViewer('ADMINISTRATOR', 'Ines Wouters');

describe('OrganisationsPage', () => {
  it('should list each organisation with its kind and place when the page opens', async () => {
    await renderApp('/admin/organisations', { viewer: administrator, mocks: [organisationsMock()] });

    const card = await screen.findByRole('article', { name: 'Stad Mechelen' });
    expect(within(card).getByText('Municipality')).toBeInTheDocument();
    expect(within(card).getByText('Mechelen')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'vzw Buurtwerk' })).toHaveTextContent('Partner organisation');
    expect(screen.getByText('2 organisations')).toBeInTheDocument();
  });

  it('should add an organisation of the chosen kind and show it in the list', async () => {
    const zelf = organisation('org-zelf', 'Vrouwen van de Wereld', 'SELF_ORGANISATION', 'Mechelen');
    const { user } = await renderApp('/admin/organisations', {
      viewer: administrator,
      mocks: [
        organisationsMock(),
        {
          request: {
            query: createOrganisationMutation,
            variables: { input: { name: 'Vrouwen van de Wereld', kind: 'SELF_ORGANISATION', locality: 'Mechelen' } },
          },
          result: {
            data: {
              createOrganisation: {
                __typename: 'OrganisationPayload',
                organisation: { __typename: 'Organisation', id: zelf.id, name: zelf.name },
              },
            },
          },
        },
        organisationsMock([mechelen, buurtwerk, zelf]),
      ],
    });
    const form = await screen.findByRole('region', { name: 'Add an organisation' });

    await user.click(within(form).getByRole('button', { name: 'Add organisation' }));
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Please fill this in.');
    expect(within(form).getByRole('radiogroup', { name: 'Kind of organisation' })).toHaveAccessibleDescription(
      'Choose what kind of organisation this is.',
    );

    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Vrouwen van de Wereld');
    await user.click(within(form).getByRole('radio', { name: /^Self-organisation/ }));
    await user.type(within(form).getByRole('textbox', { name: /Town or city/ }), 'Mechelen');
    await user.click(within(form).getByRole('button', { name: 'Add organisation' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Vrouwen van de Wereld has been added.');
    expect(await screen.findByRole('article', { name: 'Vrouwen van de Wereld' })).toHaveTextContent(
      'Self-organisation',
    );
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveValue('');
  });

  it('should rename an organisation in a dialog and show the new name', async () => {
    const { user } = await renderApp('/admin/organisations', {
      viewer: administrator,
      mocks: [
        organisationsMock(),
        {
          request: {
            query: updateOrganisationMutation,
            variables: {
              input: { organisationId: 'org-buurtwerk', name: 'vzw Buurtwerk Mechelen', locality: 'Mechelen' },
            },
          },
          result: {
            data: {
              updateOrganisation: {
                __typename: 'OrganisationPayload',
                organisation: { ...buurtwerk, name: 'vzw Buurtwerk Mechelen' },
              },
            },
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Rename vzw Buurtwerk' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename organisation' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'vzw Buurtwerk Mechelen');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('article', { name: 'vzw Buurtwerk Mechelen' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("should show the server's reason at the top of the dialog when it refuses the change", async () => {
    const { user } = await renderApp('/admin/organisations', {
      viewer: administrator,
      mocks: [
        organisationsMock(),
        {
          request: {
            query: updateOrganisationMutation,
            variables: { input: { organisationId: 'org-mechelen', name: 'Stad Mechelen', locality: 'Mechelen' } },
          },
          result: {
            errors: [
              { message: 'Only administrators of this organisation can change it.', extensions: { code: 'FORBIDDEN' } },
            ],
          },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Rename Stad Mechelen' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('This is not open to you.');
    expect(alert).toHaveTextContent('Only administrators of this organisation can change it.');
  });
});
