import { msg } from '../../core/i18n/messages.js';
import { DomainError, ErrorCode, badInput } from '../../core/errors.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { getSession, statusPhrase } from '../session/session.service.js';
import { SessionMinutes, SessionPhoto } from './minutes.entity.js';
import type {
  AddSessionPhotoInput,
  RemoveSessionPhotoInput,
  SetSessionMinutesInput,
  UpdateSessionPhotoInput,
} from './minutes.input.js';
import { sanitiseMinutes } from './minutes.sanitise.js';
import { MAX_PHOTO_BYTES, prepareImage, tooLarge } from './photo.image.js';

// Minutes and photos record what happened: while a session runs and after it has closed.
const RECORDABLE = new Set([SessionStatus.LIVE, SessionStatus.CLOSED, SessionStatus.REVIEWED]);

function assertRecordable(session: Session, what: 'minutesWrite' | 'photoAdd' | 'photoRemove'): void {
  if (!RECORDABLE.has(session.status)) {
    throw new DomainError(
      ErrorCode.SESSION_NOT_OPEN,
      msg(`errors:trajectory.${what}`, { status: statusPhrase(session.status) }),
      { status: session.status },
    );
  }
}

export function getSessionPhoto(em: EntityManager, id: string): Promise<SessionPhoto> {
  return getById(em, SessionPhoto, id, 'photo');
}

export function setSessionMinutes(em: EntityManager, input: SetSessionMinutesInput): Promise<Session> {
  return runMutation(
    em,
    input,
    'setSessionMinutes',
    async (tx) => {
      const session = await getSession(tx, input.sessionId);
      assertRecordable(session, 'minutesWrite');
      const html = sanitiseMinutes(input.html);
      const minutes = await tx.findOne(SessionMinutes, { session });
      if (!html) {
        if (minutes) tx.remove(minutes);
      } else if (minutes) minutes.html = html;
      else tx.create(SessionMinutes, { session, html });
      return session;
    },
    getSession,
  );
}

// Base64 with or without a `data:` prefix; the size is checked before anything is decoded.
function decodeImage(base64: string): Buffer {
  const body = base64.replace(/^data:[^;,]*;base64,/, '').replace(/\s/g, '');
  const bytes = Math.floor((body.length * 3) / 4);
  if (bytes > MAX_PHOTO_BYTES) throw tooLarge(bytes);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw badInput('imageBase64 must be base64-encoded.', 'imageBase64');
  return Buffer.from(body, 'base64');
}

export async function addSessionPhoto(em: EntityManager, input: AddSessionPhotoInput): Promise<SessionPhoto> {
  // The image is checked and re-encoded before the transaction: a big photo takes a moment.
  const image = await prepareImage(decodeImage(input.imageBase64));
  return runMutation(
    em,
    input,
    'addSessionPhoto',
    async (tx) => {
      const session = await getSession(tx, input.sessionId);
      assertRecordable(session, 'photoAdd');
      return createOnce(tx, SessionPhoto, input.id, (id) =>
        tx.create(SessionPhoto, {
          id,
          session,
          phase: session.currentPhaseId,
          caption: input.caption.trim(),
          contentType: image.contentType,
          width: image.width,
          height: image.height,
          byteSize: image.data.length,
          data: image.data,
        }),
      );
    },
    getSessionPhoto,
  );
}

export function updateSessionPhoto(em: EntityManager, input: UpdateSessionPhotoInput): Promise<SessionPhoto> {
  return runMutation(
    em,
    input,
    'updateSessionPhoto',
    async (tx) => {
      const photo = await getSessionPhoto(tx, input.photoId);
      if (input.caption != null) photo.caption = input.caption.trim();
      return photo;
    },
    getSessionPhoto,
  );
}

export function removeSessionPhoto(em: EntityManager, input: RemoveSessionPhotoInput): Promise<Session> {
  return runMutation(
    em,
    input,
    'removeSessionPhoto',
    async (tx) => {
      const photo = await getSessionPhoto(tx, input.photoId);
      const session = await getSession(tx, photo.session.id);
      assertRecordable(session, 'photoRemove');
      tx.remove(photo);
      return session;
    },
    getSession,
  );
}

// The stored image of a photo, for serving it (after the reader was authorised) and for the report's PDF.
export async function photoData(em: EntityManager, ids: readonly string[]): Promise<Map<string, Buffer>> {
  if (!ids.length) return new Map();
  const rows = await em.find(SessionPhoto, { id: { $in: [...ids] } }, { populate: ['data'] });
  return new Map(rows.map((row) => [row.id, row.data]));
}
