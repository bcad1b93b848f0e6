import type { TestClient } from './test-app.js';

const CREATE_SESSION = `mutation ($input: CreateSessionInput!) { createSession(input: $input) { session { id } } }`;
const CHANGE_STATUS = `mutation ($input: ChangeSessionStatusInput!) { changeSessionStatus(input: $input) { session { joinCode } } }`;

// A session of the project made through the API as staff do (an evening in a community centre, in Dutch, for 40) and
// opened: scheduled, then live, which gives it the join code phones use.
export async function openLiveSession(
  staff: TestClient,
  projectId: string,
  title: string,
): Promise<{ id: string; joinCode: string }> {
  const id: string = (
    await staff.ok(CREATE_SESSION, {
      input: {
        projectId,
        title,
        startsAt: '2026-03-14T09:30:00.000Z',
        durationMinutes: 120,
        location: 'Buurthuis',
        languages: ['nl'],
        capacity: 40,
      },
    })
  ).createSession.session.id;
  await staff.ok(CHANGE_STATUS, { input: { sessionId: id, status: 'SCHEDULED' } });
  const joinCode: string = (await staff.ok(CHANGE_STATUS, { input: { sessionId: id, status: 'LIVE' } }))
    .changeSessionStatus.session.joinCode;
  return { id, joinCode };
}
