import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { staffViewer } from '../../test/viewer';
import type { TranslatableField } from '../../gql/graphql';
import {
  approveTranslationMutation,
  translateTextMutation,
  translationQueueQuery,
  translationsPageQuery,
} from './translationQueries';

const translator = staffViewer('TRANSLATOR', 'Amal Haddad');
const PAGE = '/projects/p-mechelen/translations?language=en';

const pageMock: MockLink.MockedResponse = {
  request: { query: translationsPageQuery, variables: { projectId: 'p-mechelen' } },
  result: {
    data: {
      project: {
        __typename: 'Project',
        id: 'p-mechelen',
        title: 'Samen Mechelen',
        sessions: {
          __typename: 'SessionConnection',
          edges: [
            { __typename: 'SessionEdge', node: { __typename: 'Session', id: 's-1', languages: ['nl', 'en', 'ar'] } },
          ],
        },
      },
      machineTranslationAvailable: false,
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

interface Draft {
  language: string;
  text: string;
}

function task(recordId: string, field: TranslatableField, language: string, original: string, draft?: Draft) {
  return {
    __typename: 'TranslationTask' as const,
    id: `${field}:${recordId}`,
    createdAt: '2026-02-12T19:00:00.000Z',
    session: { __typename: 'Session' as const, id: 's-1', title: 'Werksessie 2' },
    text: {
      __typename: 'TranslatedText' as const,
      id: `${field}:${recordId}`,
      field,
      recordId,
      language,
      original,
      translations: draft
        ? [{ __typename: 'Translation' as const, ...draft, machineDraft: true, origin: 'MACHINE' as const }]
        : [],
    },
  };
}

const park = task('c-park', 'CHALLENGE_TEXT', 'ar', 'الحديقة مظلمة جدًا في الليل.');
const market = task('c-market', 'CHALLENGE_TEXT', 'tr', 'Pazar yerinde oturacak bank yok.');

function queue(nodes: ReturnType<typeof task>[]): MockLink.MockedResponse {
  return {
    request: { query: translationQueueQuery, variables: { projectId: 'p-mechelen', language: 'en' } },
    result: {
      data: {
        translationQueue: {
          __typename: 'TranslationTaskConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: nodes.at(-1)?.id ?? null },
          edges: nodes.map((node) => ({ __typename: 'TranslationTaskEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

function savedText(node: ReturnType<typeof task>, language: string, text: string, machineDraft = false) {
  return {
    __typename: 'TranslatedTextPayload' as const,
    text: {
      __typename: 'TranslatedText' as const,
      id: node.text.id,
      translations: [{ __typename: 'Translation' as const, language, text, machineDraft, origin: 'PERSON' as const }],
    },
  };
}

describe('TranslationsPage', () => {
  it('should open the newest text beside a field in the target language, each with its own lang and direction, when the queue for English opens', async () => {
    await renderApp(PAGE, { viewer: translator, mocks: [pageMock, queue([park, market])] });

    const editor = await screen.findByRole('region', { name: 'Challenge' }, { timeout: 5000 });
    const original = within(editor).getByText('الحديقة مظلمة جدًا في الليل.');
    expect(original).toHaveAttribute('lang', 'ar');
    expect(original).toHaveAttribute('dir', 'rtl');
    expect(within(editor).getByText('Original in Arabic')).toBeInTheDocument();
    const field = within(editor).getByRole('textbox', { name: 'Translation into English' });
    expect(field).toHaveAttribute('lang', 'en');
    expect(field).toHaveAttribute('dir', 'ltr');
    expect(within(editor).getByText(/Text 1 of 2/)).toBeInTheDocument();
    expect(screen.getByText('2 texts wait for a translation into English.')).toBeInTheDocument();

    const list = screen.getByRole('region', { name: /Waiting for a translation/ });
    const items = within(list).getAllByRole('button');
    expect(items.map((item) => item.getAttribute('aria-current'))).toEqual(['true', null]);
    expect(within(items[1]!).getByText('Pazar yerinde oturacak bank yok.')).toHaveAttribute('lang', 'tr');
    // The navigation's "Translations" is where this page belongs, not "Projects".
    const navigation = screen.getByRole('navigation', { name: 'Main' });
    expect(within(navigation).getByRole('link', { name: 'Translations' })).toHaveAttribute('aria-current', 'page');
    expect(within(navigation).getByRole('link', { name: 'Projects' })).not.toHaveAttribute('aria-current');
  });

  it('should save the translation and open the next text when the translator saves', async () => {
    const sent: unknown[] = [];
    const { user } = await renderApp(PAGE, {
      viewer: translator,
      mocks: [
        pageMock,
        queue([park, market]),
        {
          request: { query: translateTextMutation, variables: () => true },
          result: (variables: unknown) => {
            sent.push(variables);
            return { data: { translateText: savedText(park, 'en', 'The park is too dark at night.') } };
          },
        },
        queue([market]),
      ],
    });
    const editor = await screen.findByRole('region', { name: 'Challenge' }, { timeout: 5000 });
    await user.type(
      within(editor).getByRole('textbox', { name: 'Translation into English' }),
      '  The park is too dark at night. ',
    );
    await user.click(within(editor).getByRole('button', { name: 'Save and next' }));

    expect(await screen.findByText('Translation saved. Next text.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        input: {
          clientMutationId: expect.any(String) as string,
          field: 'CHALLENGE_TEXT',
          recordId: 'c-park',
          language: 'en',
          text: 'The park is too dark at night.',
        },
      },
    ]);
    const next = await screen.findByRole('region', { name: 'Challenge' });
    expect(await within(next).findByText('Pazar yerinde oturacak bank yok.')).toHaveAttribute('lang', 'tr');
    expect(within(next).getByRole('textbox', { name: 'Translation into English' })).toHaveValue('');
    expect(await screen.findByText('1 text waits for a translation into English.')).toBeInTheDocument();
  });

  it('should send nothing and say what is missing when the translation is empty', async () => {
    const sent: unknown[] = [];
    const { user } = await renderApp(PAGE, {
      viewer: translator,
      mocks: [
        pageMock,
        queue([park]),
        {
          request: { query: translateTextMutation, variables: () => true },
          result: (variables: unknown) => {
            sent.push(variables);
            return { data: null };
          },
        },
      ],
    });
    const editor = await screen.findByRole('region', { name: 'Challenge' }, { timeout: 5000 });
    await user.click(within(editor).getByRole('button', { name: 'Save and next' }));

    expect(within(editor).getByRole('textbox', { name: 'Translation into English' })).toHaveAccessibleDescription(
      expect.stringContaining('Write the translation first.'),
    );
    expect(sent).toEqual([]);
  });

  it('should mark a machine draft as one and approve it as it is when the translator approves it', async () => {
    const drafted = task('c-park', 'CHALLENGE_TEXT', 'ar', 'الحديقة مظلمة جدًا في الليل.', {
      language: 'en',
      text: 'The garden is very dark at night.',
    });
    const sent: unknown[] = [];
    const { user } = await renderApp(PAGE, {
      viewer: translator,
      mocks: [
        pageMock,
        queue([drafted]),
        {
          request: { query: approveTranslationMutation, variables: () => true },
          result: (variables: unknown) => {
            sent.push(variables);
            return { data: { approveTranslation: savedText(drafted, 'en', 'The garden is very dark at night.') } };
          },
        },
        queue([]),
      ],
    });
    const editor = await screen.findByRole('region', { name: 'Challenge' }, { timeout: 5000 });
    const field = within(editor).getByRole('textbox', { name: /Translation into English/ });
    expect(field).toHaveValue('The garden is very dark at night.');
    expect(within(editor).getByText('Machine draft')).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(expect.stringContaining('A machine wrote this draft.'));
    expect(within(editor).queryByRole('button', { name: 'Save and next' })).not.toBeInTheDocument();

    await user.click(within(editor).getByRole('button', { name: 'Approve' }));

    expect(await screen.findByText('Machine draft approved.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        input: {
          clientMutationId: expect.any(String) as string,
          field: 'CHALLENGE_TEXT',
          recordId: 'c-park',
          language: 'en',
        },
      },
    ]);
    expect(await screen.findByText('Nothing waits for a translation into English. Thank you!')).toBeInTheDocument();
  });

  it("should say in the reader's language that the translator may not do this, and stay on the text, when the server refuses", async () => {
    const { user } = await renderApp(PAGE, {
      viewer: translator,
      mocks: [
        pageMock,
        queue([park, market]),
        {
          request: { query: translateTextMutation, variables: () => true },
          result: {
            errors: [
              new GraphQLError('You may not translate the texts of this project.', {
                extensions: { code: 'FORBIDDEN' },
              }),
            ],
          },
        },
      ],
    });
    const editor = await screen.findByRole('region', { name: 'Challenge' }, { timeout: 5000 });
    await user.type(within(editor).getByRole('textbox', { name: 'Translation into English' }), 'The park is dark.');
    await user.click(within(editor).getByRole('button', { name: 'Save and next' }));

    const alert = await within(editor).findByRole('alert');
    expect(alert).toHaveTextContent('You may not translate the texts of this project.');
    expect(within(editor).getByText('الحديقة مظلمة جدًا في الليل.')).toBeInTheDocument();
    expect(within(editor).getByRole('textbox', { name: 'Translation into English' })).toHaveValue('The park is dark.');
  });
});
