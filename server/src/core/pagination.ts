import { msg } from './i18n/messages.js';
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors.js';

@ObjectType({ description: 'Where a page of a connection starts and ends, and whether more follows.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow the last one of this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items come before the first one of this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return (1–${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (an `endCursor` of an earlier page).',
  })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

// Builds `<Name>Connection` and `<Name>Edge` object types for a node type.
export function ConnectionType<T extends object>(node: ClassType<T>, name: string): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class EdgeType implements Edge<T> {
    @Field(() => String, { description: 'An opaque position in the list.' })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionTypeClass implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds.' })
    totalCount!: number;
  }
  return ConnectionTypeClass;
}

export const encodeCursor = (id: string): string => Buffer.from(`c:${id}`).toString('base64url');

export function decodeCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString();
  if (!raw.startsWith('c:')) throw badInput(msg('common:pageCursor'), 'after');
  return raw.slice(2);
}

// Pages through an already ordered list (the children of one parent, loaded in one batch).
export function connectionFromList<T extends { id: string }>(items: readonly T[], args: ConnectionArgs): Connection<T> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  let start = 0;
  if (args.after) {
    const afterId = decodeCursor(args.after);
    const index = items.findIndex((item) => item.id === afterId);
    if (index === -1) throw badInput(msg('common:pageCursorElsewhere'), 'after');
    start = index + 1;
  }
  const page = items.slice(start, start + first);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

// A page that the database cut out (core/loaders.ts, `Loaders.page`): the rows after the cursor, one more than asked
// if more follow, and the length of the whole list.
export interface PageRows<T> {
  rows: T[];
  total: number;
  // Whether the `after` cursor names an item of this list.
  cursorFound: boolean;
}

export function connectionFromPage<T extends { id: string }>(page: PageRows<T>, args: ConnectionArgs): Connection<T> {
  if (args.after && !page.cursorFound) throw badInput('That page cursor does not belong to this list.', 'after');
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const edges = page.rows.slice(0, first).map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: page.rows.length > first,
      hasPreviousPage: !!args.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
