import type { MikroORM } from '../../core/orm.js';
import { Challenge, ContributionStatus } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';
import { Session, SessionStatus } from '../session/session.entity.js';

export interface SessionWithIdeas {
  sessionId: string;
  ideaIds: string[];
  hiddenIdeaId: string;
}

export interface StrategyFixture {
  projectId: string;
  sessions: Record<SessionStatus, SessionWithIdeas>;
}

// Test data made directly through the ORM: a project with a session in every status, each with
// one challenge, three visible ideas and one hidden idea. The session and idea features have
// their own tests; strategy and review tests only need the rows.
export async function createStrategyFixture(orm: MikroORM, title = 'Strategy test project'): Promise<StrategyFixture> {
  const em = orm.em.fork();
  const promoter = em.create(Organisation, { name: `Gemeente ${title}`, kind: OrganisationKind.MUNICIPALITY });
  const project = em.create(Project, {
    title,
    promoter,
    grantEuros: 150_000,
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
  });
  const sessions = {} as Record<SessionStatus, SessionWithIdeas>;
  for (const status of Object.values(SessionStatus)) {
    const session = em.create(Session, {
      project,
      title: `${status} session`,
      startsAt: new Date('2026-11-20T18:00:00Z'),
      location: 'Buurthuis',
      capacity: 30,
      status,
    });
    const challenge = em.create(Challenge, { project, session, text: 'Het park is donker', language: 'nl' });
    const ideas = ['Meer licht', 'Een buurtwandeling', 'Een bank bij de ingang'].map((text) =>
      em.create(Idea, { challenge, project, session, text, language: 'nl' }),
    );
    const hidden = em.create(Idea, {
      challenge,
      project,
      session,
      text: 'Off topic',
      language: 'nl',
      status: ContributionStatus.HIDDEN,
    });
    sessions[status] = { sessionId: session.id, ideaIds: ideas.map((idea) => idea.id), hiddenIdeaId: hidden.id };
  }
  await em.flush();
  return { projectId: project.id, sessions };
}
