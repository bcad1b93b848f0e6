import type { ApolloServer } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../../core/context.js';
import { ErrorCode } from '../../core/errors.js';
import { isUuid } from '../../core/uuid.js';
import { photoData } from './minutes.service.js';
import { MAX_PHOTO_BYTES, tooLarge } from './photo.image.js';

// A phone's photo is several megabytes: too big for a GraphQL request, so it comes as the body of its own request,
// POST /sessions/{id}/photos?caption=…, and is handed to the `addSessionPhoto` mutation inside the API (same login,
// same rules, same checks). The stored image is served at GET /sessions/{id}/photos/{photoId}.jpg to whoever may
// read that photo (the `sessionPhoto` query decides).

const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.IMAGE_REFUSED]: 422,
  [ErrorCode.SESSION_NOT_OPEN]: 409,
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const statusOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined): number => {
  const code = errors?.[0]?.extensions?.code;
  return (typeof code === 'string' && HTTP_STATUS[code]) || 500;
};

// Reads the body up to the limit. A bigger one is read to its end and thrown away, so that the client, still
// sending, gets the answer instead of a broken connection.
function readUpload(req: IncomingMessage): Promise<Buffer | { tooLarge: number | null }> {
  const declared = Number(req.headers['content-length']);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > MAX_PHOTO_BYTES;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_PHOTO_BYTES) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(over ? { tooLarge: Number.isFinite(declared) ? declared : size } : Buffer.concat(chunks)),
    );
    req.on('error', reject);
  });
}

const ADD_PHOTO = /* GraphQL */ `
  mutation AddSessionPhotoUpload($input: AddSessionPhotoInput!) {
    addSessionPhoto(input: $input) {
      photo {
        id
        caption
        url
        width
        height
        byteSize
        createdAt
      }
    }
  }
`;

export async function servePhotoUpload(
  apollo: ApolloServer<Context>,
  context: () => Promise<Context>,
  route: { sessionId: string },
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = await readUpload(req);
  if (!Buffer.isBuffer(body)) {
    const error = tooLarge(body.tooLarge);
    sendJson(res, 413, { errors: [{ message: error.message, extensions: error.extensions }] });
    return;
  }
  const response = await apollo.executeOperation<{ addSessionPhoto: unknown }>(
    {
      query: ADD_PHOTO,
      variables: {
        input: {
          sessionId: route.sessionId,
          caption: url.searchParams.get('caption') ?? '',
          imageBase64: body.toString('base64'),
          ...(url.searchParams.get('id') ? { id: url.searchParams.get('id') } : {}),
        },
      },
    },
    { contextValue: await context() },
  );
  if (response.body.kind !== 'single') throw new Error('The photo mutation answered in parts.');
  const { data, errors } = response.body.singleResult;
  sendJson(res, errors?.length ? statusOf(errors) : 200, { data, ...(errors?.length ? { errors } : {}) });
}

const READ_PHOTO = /* GraphQL */ `
  query SessionPhotoImage($id: ID!) {
    sessionPhoto(id: $id) {
      id
      contentType
      session {
        id
      }
    }
  }
`;

export async function servePhotoImage(
  apollo: ApolloServer<Context>,
  context: () => Promise<Context>,
  route: { sessionId: string; photoId: string },
  res: ServerResponse,
): Promise<void> {
  const contextValue = await context();
  const response = await apollo.executeOperation<{
    sessionPhoto: { id: string; contentType: string; session: { id: string } } | null;
  }>({ query: READ_PHOTO, variables: { id: route.photoId } }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('The photo query answered in parts.');
  const { data, errors } = response.body.singleResult;
  const photo = data?.sessionPhoto;
  if (errors?.length || !photo || photo.session.id !== route.sessionId || !isUuid(photo.id)) {
    sendJson(res, errors?.length ? statusOf(errors) : 404, {
      errors: errors ?? [{ message: 'No such photo.', extensions: { code: ErrorCode.NOT_FOUND } }],
    });
    return;
  }
  const image = (await photoData(contextValue.em, [photo.id])).get(photo.id);
  if (!image) {
    sendJson(res, 404, { errors: [{ message: 'No such photo.', extensions: { code: ErrorCode.NOT_FOUND } }] });
    return;
  }
  res.writeHead(200, {
    'content-type': photo.contentType,
    'content-length': image.length,
    // Personal to the reader: a shared cache must not keep it.
    'cache-control': 'private, max-age=3600',
    'x-content-type-options': 'nosniff',
    'content-disposition': 'inline',
  });
  res.end(image);
}
