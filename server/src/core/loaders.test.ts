import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Challenge } from '../modules/challenge/challenge.entity.js';
import { Organisation, OrganisationKind } from '../modules/organisation/organisation.entity.js';
import { Project } from '../modules/project/project.entity.js';
import { Session, SessionStatus } from '../modules/session/session.entity.js';
import { Theme } from '../modules/theme/theme.entity.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { Loaders } from './loaders.js';

describe('per-request loaders', () => {
  let app: TestApp;
  let sessionIds: string[];
  let challengeIds: string[];

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
    const theme = em.create(Theme, { session: sessions[1]!, title: 'Buurt', position: 0 });
    const challenges = ['Te weinig bankjes', 'Geen licht op het pad'].map((text) =>
      em.create(Challenge, { project, session: sessions[1]!, theme, text, language: 'nl' }),
    );
    await em.flush();
    sessionIds = sessions.map((session) => session.id);
    challengeIds = challenges.map((challenge) => challenge.id);
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

  it('should hand out the rows of a page as records that the entity manager does not track, and keep a change to one its own', async () => {
    const second = sessionIds[1] ?? '';
    const em = app.orm.em.fork();
    const loaders = new Loaders(em);
    const spec = { table: 'challenge', parentColumn: 'session_id' };

    const { rows, total } = await loaders.page(Challenge, spec, { first: 10 }).load(second);

    expect(total).toBe(2);
    // Made in one flush, they may share their creation time: their order is then their ids'.
    expect(rows.map((row) => row.text).toSorted()).toEqual(['Geen licht op het pad', 'Te weinig bankjes']);
    const row = rows.find((one) => one.id === challengeIds[0]);
    expect(row).toBeInstanceOf(Challenge);
    expect(row?.createdAt).toBeInstanceOf(Date);
    expect(row?.session?.id).toBe(second);
    // Read, not made entities: no challenge in the identity map, and no theme, project or session stood up for their
    // relations (each made entity brought one of each).
    const tracked = [...em.getUnitOfWork().getIdentityMap()].map((entity) => entity.constructor.name);
    expect(tracked).toEqual([]);
    // A relation knows its id and nothing else: asking it to load says so, instead of reading the database.
    expect(() => row?.theme?.load()).toThrow(/holds only the id of a related record/);
    // A loader answers the same record for its id, without reading it again.
    app.resetQueries();
    await expect(loaders.byId(Challenge).load(row?.id ?? '')).resolves.toBe(row);
    expect(app.queries).toEqual([]);

    // A change goes through the entity manager, which reads the record for itself; the page's row stays as read.
    const changed = await em.findOneOrFail(Challenge, challengeIds[0] ?? '');
    expect(changed).not.toBe(row);
    changed.text = 'Te weinig bankjes aan de vaart';
    await em.flush();
    expect((await app.orm.em.fork().findOneOrFail(Challenge, changed.id)).text).toBe('Te weinig bankjes aan de vaart');
    expect(row?.text).toBe('Te weinig bankjes');
  });

  it('should hand over at once a record the request already holds, and nothing it has not read yet', async () => {
    const [first = '', second = ''] = sessionIds;
    const em = app.orm.em.fork();
    const loaders = new Loaders(em);
    const themes = await em.fork().find(Theme, { session: first }, { orderBy: { position: 'asc' } });
    const theme = themes[0]!;

    // Nothing read yet: the caller waits for `byId`.
    expect(loaders.held(Theme, theme.id)).toBeUndefined();
    expect(loaders.held(Session, first)).toBeUndefined();
    // The session a query starts from is in the request's identity map; a theme a list brought is the list's.
    const session = await em.findOneOrFail(Session, first);
    await loaders.childrenOf(Theme, 'session', { position: 'asc', id: 'asc' }).load(first);
    app.resetQueries();
    expect(loaders.held(Session, first)).toBe(session);
    expect(loaders.held(Theme, theme.id)?.title).toBe('Wonen');
    await expect(loaders.byId(Theme).load(theme.id)).resolves.toBe(loaders.held(Theme, theme.id));
    // A reference to a session nobody loaded is not a record in hand.
    em.getReference(Session, second);
    expect(loaders.held(Session, second)).toBeUndefined();
    expect(app.queries).toEqual([]);
  });
});
