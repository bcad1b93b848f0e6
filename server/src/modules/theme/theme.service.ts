import { msg } from '../../core/i18n/messages.js';
import { badInput } from '../../core/errors.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { assertSessionLive, getSession } from '../session/session.service.js';
import type { Session } from '../session/session.entity.js';
import { SessionEventType } from '../live/live.entity.js';
import { publishCreated, publishSessionEvent } from '../live/live.service.js';
import { Theme } from './theme.entity.js';
import type { CreateThemeInput, DeleteThemeInput, RenameThemeInput, ReorderThemesInput } from './theme.input.js';

export function getTheme(em: EntityManager, id: string): Promise<Theme> {
  return getById(em, Theme, id, 'theme');
}

// A theme named for a challenge must be on the same board.
export async function getThemeOfSession(
  em: EntityManager,
  session: Session,
  themeId: string,
  field = 'themeId',
): Promise<Theme> {
  const theme = await getTheme(em, themeId);
  if (theme.session.id !== session.id) throw badInput(msg('errors:theme.otherSession'), field);
  return theme;
}

export function listThemes(em: EntityManager, session: Session): Promise<Theme[]> {
  return em.find(Theme, { session }, { orderBy: { position: 'asc', id: 'asc' } });
}

// Two facilitators moving themes at once would otherwise hand out the same position.
async function lockThemeOrder(tx: EntityManager, sessionId: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`themes:${sessionId}`]);
}

async function liveSession(tx: EntityManager, sessionId: string): Promise<Session> {
  const session = await getSession(tx, sessionId);
  assertSessionLive(session);
  return session;
}

export function createTheme(em: EntityManager, input: CreateThemeInput): Promise<Theme> {
  return runMutation(
    em,
    input,
    'createTheme',
    async (tx) => {
      const session = await liveSession(tx, input.sessionId);
      await lockThemeOrder(tx, session.id);
      const last = await tx.findOne(Theme, { session }, { orderBy: { position: 'desc' } });
      const theme = await createOnce(tx, Theme, input.id, (id) =>
        tx.create(Theme, { id, session, title: input.title.trim(), position: last ? last.position + 1 : 0 }),
      );
      await publishCreated(tx, theme, session.id, SessionEventType.THEME_CREATED, { themeId: theme.id });
      return theme;
    },
    getTheme,
  );
}

export function renameTheme(em: EntityManager, input: RenameThemeInput): Promise<Theme> {
  return runMutation(
    em,
    input,
    'renameTheme',
    async (tx) => {
      const theme = await getTheme(tx, input.themeId);
      await liveSession(tx, theme.session.id);
      theme.title = input.title.trim();
      await publishSessionEvent(tx, theme.session.id, SessionEventType.THEME_RENAMED, { themeId: theme.id });
      return theme;
    },
    getTheme,
  );
}

export function reorderThemes(em: EntityManager, input: ReorderThemesInput): Promise<Session> {
  return runMutation(
    em,
    input,
    'reorderThemes',
    async (tx) => {
      const session = await liveSession(tx, input.sessionId);
      await lockThemeOrder(tx, session.id);
      const themes = new Map((await listThemes(tx, session)).map((theme) => [theme.id, theme]));
      if (input.themeIds.length !== themes.size) {
        throw badInput(
          msg('errors:theme.orderIncomplete', { themes: themes.size, named: input.themeIds.length }),
          'themeIds',
        );
      }
      input.themeIds.forEach((id, position) => {
        const theme = themes.get(id);
        if (!theme) throw badInput(msg('errors:theme.notOnBoard'), 'themeIds');
        theme.position = position;
      });
      await publishSessionEvent(tx, session.id, SessionEventType.THEMES_REORDERED, { themeIds: input.themeIds });
      return session;
    },
    getSession,
  );
}

export function deleteTheme(em: EntityManager, input: DeleteThemeInput): Promise<Session> {
  return runMutation(
    em,
    input,
    'deleteTheme',
    async (tx) => {
      const theme = await getTheme(tx, input.themeId);
      const session = await liveSession(tx, theme.session.id);
      await lockThemeOrder(tx, session.id);
      // The database sets the theme of its challenges to null (`on delete set null`).
      tx.remove(theme);
      const rest = (await listThemes(tx, session)).filter((other) => other.id !== theme.id);
      rest.forEach((other, position) => {
        other.position = position;
      });
      await publishSessionEvent(tx, session.id, SessionEventType.THEME_DELETED, { themeId: theme.id });
      return session;
    },
    getSession,
  );
}
