import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { agendaTemplatesQuery } from './AgendaTemplates';
import { methodLibraryQuery } from './MethodsPage';

const method = (
  id: string,
  name: string,
  kind: string,
  languagesUsed: string[],
  textLanguages: string[],
  extra: { starter?: boolean; validations?: number } = {},
) => ({
  __typename: 'Method' as const,
  id,
  kind,
  durationMinutes: 30,
  languagesUsed,
  starter: extra.starter ?? true,
  shared: true,
  organisationName: extra.starter === false ? 'Buurtwerk Dijlekant vzw' : null,
  ofYourOrganisation: extra.starter === false,
  validations: Array.from({ length: extra.validations ?? 0 }, (_, i) => ({
    __typename: 'MethodValidation' as const,
    id: `${id}-v${i}`,
  })),
  texts: textLanguages.map((language) => ({ __typename: 'MethodText' as const, id: `${id}-${language}`, language })),
  text: {
    __typename: 'MethodText' as const,
    id: `${id}-${textLanguages[0]}`,
    language: textLanguages[0],
    name,
    purpose: `What ${name} is for.`,
  },
});

const cafe = method('m-cafe', 'World café', 'SMALL_GROUPS', ['nl', 'ar'], ['en', 'nl'], { validations: 1 });
const dots = method('m-dots', 'Dot voting', 'VOTING', ['nl'], ['en', 'nl']);
const walk = method('m-walk', 'Photo walk', 'CHALLENGES', ['tr'], ['en'], { starter: false });

function libraryMock(kind: string | null, methods: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: methodLibraryQuery, variables: { kind, search: null, language: 'en' } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: { data: { methods } },
  };
}

const templatesMock: MockLink.MockedResponse = {
  request: { query: agendaTemplatesQuery },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { agendaTemplates: [] } },
};

const names = (list: HTMLElement) =>
  within(list)
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

describe('MethodsPage', () => {
  it('should show only the methods written or used in a language when the facilitator picks that language', async () => {
    const { user } = await renderApp('/methods', { mocks: [libraryMock(null, [cafe, dots, walk]), templatesMock] });

    const list = await screen.findByRole('list', { name: 'Method library' });
    expect(names(list)).toEqual(['World café', 'Dot voting', 'Photo walk']);
    expect(within(list).getByText('Validated')).toBeInTheDocument();
    expect(within(list).getByText('Buurtwerk Dijlekant vzw')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /All languages/ }));
    await user.click(await screen.findByRole('option', { name: 'Arabic' }));

    // Only the world café has been run in Arabic.
    expect(names(screen.getByRole('list', { name: 'Method library' }))).toEqual(['World café']);
    expect(screen.getByText('1 method')).toBeInTheDocument();
  });

  it('should ask the server for one kind of phase when the facilitator picks a kind', async () => {
    const { user } = await renderApp('/methods', {
      mocks: [libraryMock(null, [cafe, dots, walk]), libraryMock('VOTING', [dots]), templatesMock],
    });

    await screen.findByRole('list', { name: 'Method library' });
    await user.click(screen.getByRole('button', { name: /Kind of phase/ }));
    await user.click(await screen.findByRole('option', { name: 'Voting' }));

    expect(await screen.findByText('1 method')).toBeInTheDocument();
    expect(names(screen.getByRole('list', { name: 'Method library' }))).toEqual(['Dot voting']);
  });
});
