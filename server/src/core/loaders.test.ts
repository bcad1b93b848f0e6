import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organisation, OrganisationKind } from '../modules/organisation/organisation.entity.js';
import { Project } from '../modules/project/project.entity.js';
import { Session, SessionStatus } from '../modules/session/session.entity.js';
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
});
