import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organisation, OrganisationKind } from '../modules/organisation/organisation.entity.js';
import { Project } from '../modules/project/project.entity.js';
import { Session, SessionStatus } from '../modules/session/session.entity.js';
import { Theme } from '../modules/theme/theme.entity.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { Loaders } from './loaders.js';

describe('per-request loaders', () => {
  let app: TestApp;
  let sessionIds: string[];

  beforeAll(async () => {
    app = await createTestApp();
    const em = app.orm.em.fork();
    const promoter = em.create(Organisation, { name: 'Gemeente Laaddorp', kind: OrganisationKind.MUNICIPALITY });
    const project = em.create(Project, {
      title: 'Laden',
      promoter,
      description: '',
      goals: [],
      grantEuros: 10_000,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    const sessions = ['Eerste', 'Tweede'].map((title) =>
      em.create(Session, {
        project,
        title,
        startsAt: new Date('2026-11-01T18:00:00Z'),
        location: 'Buurthuis',
        capacity: 30,
        languages: ['nl'],
        status: SessionStatus.SCHEDULED,
      }),
    );
    for (const [position, title] of ['Wonen', 'Werk', 'Taal'].entries()) {
      em.create(Theme, { session: sessions[0]!, title, position });
    }
    await em.flush();
    sessionIds = sessions.map((session) => session.id);
  });
  afterAll(() => app.close());

  it('should answer an entity the request has already loaded without reading it again, and read only the others', async () => {
    const [first = '', second = ''] = sessionIds;
    const em = app.orm.em.fork();
    const loaded = await em.findOneOrFail(Session, first);
    // A reference to the second (as a relation holds it) is in the identity map too, but not loaded.
    const reference = em.getReference(Session, second);
    const loaders = new Loaders(em);
    app.resetQueries();

    const [a, b] = await Promise.all([loaders.byId(Session).load(first), loaders.byId(Session).load(second)]);

    expect(a).toBe(loaded);
    expect(b).toBe(reference);
    expect(b?.title).toBe('Tweede');
    const reads = app.queries.filter((sql) => /from "session"/.test(sql));
    expect(reads).toHaveLength(1);
    // The one read asks for the session that was not loaded, not for the one that was.
    expect(reads[0]).toMatch(/"id" in \(\?\)/);
  });

  it('should not read an entity again that a list being read at the time brings', async () => {
    const [first = ''] = sessionIds;
    const themeIds = (await app.orm.em.fork().find(Theme, { session: first }, { orderBy: { position: 'asc' } })).map(
      (theme) => theme.id,
    );
    const loaders = new Loaders(app.orm.em.fork());
    app.resetQueries();

    // A session's themes are being read when its challenges ask for their theme (a board resolves both at once): the
    // list's batch goes out first, the theme's right after it, before the list's rows are back.
    const list = loaders.childrenOf(Theme, 'session', { position: 'asc', id: 'asc' }).load(first);
    const one = await Promise.all(themeIds.map((id) => loaders.byId(Theme).load(id)));

    const themes = await list;
    expect(one.map((theme) => theme?.title)).toEqual(['Wonen', 'Werk', 'Taal']);
    expect(one).toEqual(themes);
    expect(app.queries.filter((sql) => /from "theme"/.test(sql))).toHaveLength(1);
  });
});
