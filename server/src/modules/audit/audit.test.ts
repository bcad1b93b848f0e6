import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRole } from '../../core/auth/viewer.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { Account } from '../account/account.entity.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';
import { AuditAction, AuditEntry } from './audit-entry.entity.js';

const AUDIT_LOG = /* GraphQL */ `
  query ($first: Int, $after: String, $filter: AuditLogFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actorKind
          actorName
          actorAccountId
          action
          participantPseudonym
          subjectId
          detail
        }
      }
    }
  }
`;
const AUDIT_CSV = /* GraphQL */ `
  query ($filter: AuditLogFilter) {
    auditLogCsv(filter: $filter)
  }
`;

interface Node {
  id: string;
  at: string;
  actorKind: string;
  actorName: string | null;
  actorAccountId: string | null;
  action: string;
  participantPseudonym: string | null;
  subjectId: string;
  detail: string;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Node }[];
}

const BULK = 1_250;
const details = (result: Page) => result.edges.map((edge) => `${edge.node.action} ${edge.node.detail}`);
const day = (d: number, hour = 12) => new Date(Date.UTC(2026, 2, d, hour));

describe('the audit log', () => {
  let app: TestApp;
  let admin: TestClient & { accountId: string };
  let amira: Account;
  let jonas: Account;
  let heron: Participant;
  let fox: Participant;
  let bulkProject: Project;

  beforeAll(async () => {
    app = await createTestApp();
    const em = app.orm.em.fork();
    const mechelen = em.create(Organisation, { name: 'Stad Mechelen', kind: OrganisationKind.MUNICIPALITY });
    const elsewhere = em.create(Organisation, { name: 'Stad Elders', kind: OrganisationKind.MUNICIPALITY });
    const project = (title: string, promoter: Organisation) =>
      em.create(Project, {
        title,
        promoter,
        description: '',
        goals: [],
        grantEuros: 150_000,
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      });
    const small = project('Samen in Mechelen', mechelen);
    bulkProject = project('Een lang logboek', mechelen);
    const other = project('Van een ander', elsewhere);
    heron = em.create(Participant, { project: small, pseudonym: 'Blue Heron 12', languages: ['ar'] });
    fox = em.create(Participant, { project: small, pseudonym: '=HYPERLINK("x") Fox', languages: ['nl'] });
    const stranger = em.create(Participant, { project: other, pseudonym: 'Stranger 1', languages: ['en'] });
    await em.flush();
    admin = await app.staff({ role: StaffRole.ADMINISTRATOR, organisationIds: [mechelen.id] });
    const facilitator = (name: string) =>
      em.create(Account, {
        email: `${name.toLowerCase().replace(/\s/g, '.')}@mechelen.example`,
        displayName: name,
        role: StaffRole.FACILITATOR,
        passwordHash: 'not used',
      });
    amira = facilitator('Amira El Idrissi');
    jonas = facilitator('Jonas Peeters');
    await em.flush();

    const entry = (
      at: Date,
      who: Account | 'participant',
      action: AuditAction,
      subject: Participant,
      detail: string,
      projectId: string,
    ) =>
      em.create(AuditEntry, {
        at,
        actor: who === 'participant' ? 'participant' : who.email,
        actorAccountId: who === 'participant' ? null : who.id,
        action,
        subjectType: 'Participant',
        subjectId: subject.id,
        detail,
        projectId,
      });
    // A small log, worked through by hand below (newest first): #6 … #1.
    entry(day(1), amira, AuditAction.CREATE, heron, 'registerParticipant', small.id); // #1
    entry(day(2), amira, AuditAction.READ, heron, 'background', small.id); // #2
    entry(day(2, 15), jonas, AuditAction.READ, fox, 'background', small.id); // #3
    entry(day(3), 'participant', AuditAction.EXPORT, fox, 'all data', small.id); // #4
    entry(day(4), jonas, AuditAction.UPDATE, heron, 'languages', small.id); // #5
    entry(day(5), amira, AuditAction.READ, fox, 'ageBand', small.id); // #6
    // Another municipality's entry: never shown to this administrator.
    entry(day(3), amira, AuditAction.READ, stranger, 'background', other.id);
    await em.flush();
    // A long log, older than the small one: 1,250 reads, a minute apart.
    for (let i = 0; i < BULK; i++) {
      entry(new Date(Date.UTC(2025, 0, 1) + i * 60_000), jonas, AuditAction.READ, heron, 'background', bulkProject.id);
    }
    await em.flush();
  });
  afterAll(() => app.close());

  const page = async (variables: Record<string, unknown>): Promise<Page> =>
    (await admin.ok<{ auditLog: Page }>(AUDIT_LOG, variables)).auditLog;

  it('should page through every entry, newest first, down to the very first when there are more than 1,000', async () => {
    const seen: Node[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: Page = await page({ first: 200, after });
      expect(result.totalCount).toBe(BULK + 6);
      seen.push(...result.edges.map((edge) => edge.node));
      pages++;
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    // 1,256 entries in pages of 200: six full pages and one of 56.
    expect(pages).toBe(7);
    expect(seen).toHaveLength(BULK + 6);
    expect(new Set(seen.map((node) => node.id)).size).toBe(BULK + 6);
    const times = seen.map((node) => Date.parse(node.at));
    expect(times).toEqual(times.toSorted((a, b) => b - a));
    // The very first entry of the log: midnight, 1 January 2025.
    expect(seen.at(-1)?.at).toBe('2025-01-01T00:00:00.000Z');
  });

  it('should say who did it by name and which participant by pseudonym', async () => {
    const newest = (await page({ first: 6 })).edges.map((edge) => edge.node);
    expect(
      newest.map((node) => [node.actorKind, node.actorName, node.action, node.participantPseudonym, node.detail]),
    ).toEqual([
      ['STAFF', 'Amira El Idrissi', 'READ', '=HYPERLINK("x") Fox', 'ageBand'],
      ['STAFF', 'Jonas Peeters', 'UPDATE', 'Blue Heron 12', 'languages'],
      ['PARTICIPANT', null, 'EXPORT', '=HYPERLINK("x") Fox', 'all data'],
      ['STAFF', 'Jonas Peeters', 'READ', '=HYPERLINK("x") Fox', 'background'],
      ['STAFF', 'Amira El Idrissi', 'READ', 'Blue Heron 12', 'background'],
      ['STAFF', 'Amira El Idrissi', 'CREATE', 'Blue Heron 12', 'registerParticipant'],
    ]);
  });

  it('should filter by person, participant, action and dates, alone and together', async () => {
    const small = { from: day(1, 0).toISOString() };
    expect(details(await page({ filter: { ...small, actorAccountId: amira.id } }))).toEqual([
      'READ ageBand',
      'READ background',
      'CREATE registerParticipant',
    ]);
    expect(details(await page({ filter: { participantId: fox.id } }))).toEqual([
      'READ ageBand',
      'EXPORT all data',
      'READ background',
    ]);
    expect(details(await page({ filter: { ...small, action: 'READ' } }))).toEqual([
      'READ ageBand',
      'READ background',
      'READ background',
    ]);
    // 2 March (both entries of that day) up to, not including, 4 March.
    expect(details(await page({ filter: { from: day(2, 0).toISOString(), to: day(4, 0).toISOString() } }))).toEqual([
      'EXPORT all data',
      'READ background',
      'READ background',
    ]);
    const together = await page({
      filter: { actorAccountId: jonas.id, action: 'READ', from: day(1, 0).toISOString() },
    });
    expect(details(together)).toEqual(['READ background']);
    expect(together.totalCount).toBe(1);
    // Jonas's reads of the long log and of the small one.
    expect((await page({ first: 1, filter: { actorAccountId: jonas.id, action: 'READ' } })).totalCount).toBe(BULK + 1);
  });

  it('should export every matching entry as CSV with names and pseudonyms, and keep formulas as text', async () => {
    const { auditLogCsv } = await admin.ok<{ auditLogCsv: string }>(AUDIT_CSV, {
      filter: { from: day(1, 0).toISOString() },
    });
    expect(auditLogCsv.startsWith('\ufeff')).toBe(true);
    const rows = parse<Record<string, string>>(auditLogCsv.slice(1), { columns: true });
    expect(rows.map((row) => [row.who, row.action, row.participant, row.what])).toEqual([
      ['Amira El Idrissi', 'READ', `'=HYPERLINK("x") Fox`, 'ageBand'],
      ['Jonas Peeters', 'UPDATE', 'Blue Heron 12', 'languages'],
      ['participant', 'EXPORT', `'=HYPERLINK("x") Fox`, 'all data'],
      ['Jonas Peeters', 'READ', `'=HYPERLINK("x") Fox`, 'background'],
      ['Amira El Idrissi', 'READ', 'Blue Heron 12', 'background'],
      ['Amira El Idrissi', 'CREATE', 'Blue Heron 12', 'registerParticipant'],
    ]);
    expect(rows[0]).toMatchObject({
      at: '2026-03-05T12:00:00.000Z',
      account_email: 'amira.el.idrissi@mechelen.example',
    });

    const whole = (await admin.ok<{ auditLogCsv: string }>(AUDIT_CSV, {})).auditLogCsv;
    expect(parse(whole.slice(1), { columns: true })).toHaveLength(BULK + 6);
  });

  it('should show an administrator nothing of another municipality, also when the filter names it', async () => {
    const other = await app.staff({ role: StaffRole.ADMINISTRATOR, organisationIds: [] });
    const theirs = (await other.ok<{ auditLog: Page }>(AUDIT_LOG, { filter: { participantId: heron.id } })).auditLog;
    expect(theirs.totalCount).toBe(0);
    const mine = await page({ first: 200, filter: { actorAccountId: amira.id } });
    expect(mine.edges.map((edge) => edge.node.participantPseudonym)).not.toContain('Stranger 1');
  });

  it('should refuse a cursor it did not give and dates in the wrong order with BAD_USER_INPUT', async () => {
    const wrongCursor = await admin.graphql(AUDIT_LOG, { after: 'bm90IGEgY3Vyc29y' });
    expect(wrongCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const backwards = await admin.graphql(AUDIT_LOG, {
      filter: { from: day(4).toISOString(), to: day(2).toISOString() },
    });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0]?.message).toBe('"from" must be before "to".');
  });
});
