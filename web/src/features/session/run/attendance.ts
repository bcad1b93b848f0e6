import type { QueuedMutation } from '../../../app/offline/queue';
import { pendingInputs } from '../offline/useWorkshopQueue';
import type { Person } from './board';

export interface PresentRow {
  participantId: string;
  pseudonym: string;
  attendanceId: string | null;
  pending: boolean;
}

// Everyone of the project by id, including those registered on this device and not yet saved.
export function projectPeople(
  projectId: string,
  participants: readonly Person[],
  entries: readonly QueuedMutation[],
): Map<string, Person> {
  const people = new Map(participants.map((p) => [p.id, { id: p.id, pseudonym: p.pseudonym }]));
  for (const input of pendingInputs(entries, 'registerParticipant')) {
    if (input.projectId === projectId && input.id && !people.has(input.id)) {
      people.set(input.id, { id: input.id, pseudonym: input.pseudonym });
    }
  }
  return people;
}

// Who is present: the server's check-ins and the waiting ones, without those whose check-in is being undone.
export function presentRows(
  sessionId: string,
  attendance: readonly { id: string; participant: Person }[],
  people: ReadonlyMap<string, Person>,
  entries: readonly QueuedMutation[],
): PresentRow[] {
  const rows: PresentRow[] = attendance.map((a) => ({
    participantId: a.participant.id,
    pseudonym: a.participant.pseudonym,
    attendanceId: a.id,
    pending: false,
  }));
  const ids = new Set(rows.map((row) => row.participantId));
  for (const input of pendingInputs(entries, 'checkInParticipant')) {
    if (input.sessionId !== sessionId || ids.has(input.participantId)) continue;
    ids.add(input.participantId);
    rows.push({
      participantId: input.participantId,
      pseudonym: people.get(input.participantId)?.pseudonym ?? '…',
      attendanceId: null,
      pending: true,
    });
  }
  const undone = new Set(pendingInputs(entries, 'undoCheckIn').map((input) => input.attendanceId));
  return rows.filter((row) => !row.attendanceId || !undone.has(row.attendanceId));
}
