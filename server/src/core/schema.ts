import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { gate, guardSchema } from './auth/guard.js';
import { noTopicPubSub } from './pubsub.js';
import { resolvers } from './resolvers.js';
import { validateArgument } from './validation.js';

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validateFn: validateArgument,
    emitSchemaFile: false,
    // Subscriptions bring their own `subscribe` (modules/live); type-graphql still asks for a pubSub.
    pubSub: noTopicPubSub,
  });
  // Every field passes the authorization guard, which applies each feature's `<feature>.policy.ts` (core/policies.ts).
  // It wraps the resolvers graphql-js runs rather than being one of type-graphql's global middlewares, which would
  // put every field, a challenge's text as much as a mutation, through a chain of promises.
  return guardSchema(schema, gate);
}

export const SCHEMA_BANNER =
  '# This file is generated from the server code by `pnpm schema:write`. Do not edit it by hand.\n' +
  '# `pnpm test` fails when it differs from what the server builds.\n\n';

export async function printAppSchema(): Promise<string> {
  return SCHEMA_BANNER + printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';
}
