import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../context.js';
import { SOURCE_LANGUAGE } from './languages.js';
import { isMessage, translate, type Message } from './messages.js';

// Every error message in the reader's language. formatError (core/format-error.ts) leaves the catalog key of a
// message in `extensions.i18n` (and in each of `extensions.problems`); as the answer leaves, that key is said in the
// request's language (Accept-Language, core/context.ts) and taken out. Codes stay as they are: programs switch on
// those.

type Problem = { field: string; message: string; i18n?: Message };

export function localizeError(error: GraphQLFormattedError, language: string): GraphQLFormattedError {
  const { i18n, problems, ...extensions } = (error.extensions ?? {}) as Record<string, unknown> & {
    i18n?: unknown;
    problems?: Problem[];
  };
  const localized: Record<string, unknown> = { ...extensions };
  // The rules of an input say what is wrong in English themselves, more precisely than a catalog sentence can.
  if (Array.isArray(problems) && language === SOURCE_LANGUAGE) {
    localized.problems = problems.map(({ i18n: _key, ...problem }) => problem);
    return { ...error, extensions: localized };
  }
  let said: string[] = [];
  if (Array.isArray(problems)) {
    const list = problems.map(({ i18n: key, ...problem }) => ({
      ...problem,
      message: isMessage(key) ? translate(key, language) : problem.message,
    }));
    localized.problems = list;
    said = list.map((problem) => `${problem.field}: ${problem.message}`);
  }
  // "Some input is not valid" lists what is wrong with each field, in the same language.
  const message = isMessage(i18n)
    ? translate(said.length ? { key: i18n.key, values: { ...i18n.values, problems: said.join(' ') } } : i18n, language)
    : error.message;
  return error.extensions ? { ...error, message, extensions: localized } : { ...error, message };
}

export const errorLanguagePlugin: ApolloServerPlugin<Context> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response, contextValue }) => {
      if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
      const language = contextValue.language;
      response.body.singleResult.errors = response.body.singleResult.errors.map((e) => localizeError(e, language));
    },
  }),
};
