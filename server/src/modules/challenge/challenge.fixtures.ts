import type { MikroORM } from '../../core/orm.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { Attendance, Participant } from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';
import { Session, SessionStatus } from '../session/session.entity.js';

export interface BoardFixture {
  // The municipality that promotes the project.
  organisationId: string;
  projectId: string;
  // A live session with `participantIds` checked in.
  sessionId: string;
  // Another live session of the same project, for rules about one board.
  otherSessionId: string;
  participantIds: string[];
  // Of the same project, but not checked in to the session.
  absentParticipantId: string;
  // Of another project, checked in to a session of that project.
  outsiderId: string;
}

// Test data made directly through the ORM: sessions and participants have their own tests;
// the board features only need the rows.
export async function createBoardFixture(
  orm: MikroORM,
  title = 'Board test project',
  participants = 3,
): Promise<BoardFixture> {
  const em = orm.em.fork();
  const promoter = em.create(Organisation, { name: `Gemeente ${title}`, kind: OrganisationKind.MUNICIPALITY });
  const project = (name: string) =>
    em.create(Project, {
      title: name,
      promoter,
      description: '',
      goals: [],
      grantEuros: 150_000,
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
    });
  const session = (p: Project, name: string) =>
    em.create(Session, {
      project: p,
      title: name,
      startsAt: new Date('2026-11-20T18:00:00Z'),
      location: 'Buurthuis De Brug',
      capacity: 200,
      languages: ['nl', 'ar', 'en'],
      status: SessionStatus.LIVE,
    });
  const main = project(title);
  const live = session(main, 'Workshop 1');
  const other = session(main, 'Workshop 2');
  const people = Array.from({ length: participants }, (_, i) =>
    em.create(Participant, { project: main, pseudonym: `Deelnemer ${i + 1}`, languages: ['nl'] }),
  );
  for (const participant of people) em.create(Attendance, { session: live, participant });
  const absent = em.create(Participant, { project: main, pseudonym: 'Afwezig', languages: ['nl'] });
  em.create(Attendance, { session: other, participant: absent });
  const elsewhere = project(`${title} elders`);
  const outsider = em.create(Participant, { project: elsewhere, pseudonym: 'Van elders', languages: ['en'] });
  em.create(Attendance, { session: session(elsewhere, 'Elders'), participant: outsider });
  await em.flush();
  return {
    organisationId: promoter.id,
    projectId: main.id,
    sessionId: live.id,
    otherSessionId: other.id,
    participantIds: people.map((p) => p.id),
    absentParticipantId: absent.id,
    outsiderId: outsider.id,
  };
}

export async function setSessionStatus(orm: MikroORM, sessionId: string, status: SessionStatus): Promise<void> {
  await orm.em.fork().nativeUpdate(Session, { id: sessionId }, { status });
}

// Runs `action` while the session is closed, then makes it live again.
export async function whileClosed<T>(orm: MikroORM, sessionId: string, action: () => Promise<T>): Promise<T> {
  await setSessionStatus(orm, sessionId, SessionStatus.CLOSED);
  try {
    return await action();
  } finally {
    await setSessionStatus(orm, sessionId, SessionStatus.LIVE);
  }
}
