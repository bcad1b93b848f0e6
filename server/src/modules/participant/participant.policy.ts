import { anyone, participant, staff, type FeaturePolicy, type FieldRule, type Subject } from '../../core/auth/rules.js';
import { AuditAction } from '../audit/audit-entry.entity.js';

const isSelf = ({ viewer, row }: Subject): boolean => viewer.kind === 'participant' && row?.id === viewer.participantId;
const isOwnConsent = ({ viewer, row }: Subject): boolean =>
  viewer.kind === 'participant' &&
  (row as { participant?: { id: string } } | undefined)?.participant?.id === viewer.participantId;

// About one person: staff who handle personal data (each read goes into the audit log), and the person themself.
const PERSONAL: FieldRule = {
  read: [staff('personal'), participant('project').when(isSelf)],
  audit: (ctx, record, field) => ctx.audit.record(AuditAction.READ, record, field),
};

export const participantPolicy: FeaturePolicy = {
  operations: {
    // Personal data, so only for those who may handle it.
    participant: [staff('personal').on('Participant', 'id')],
    registerParticipant: [staff('personal').on('Project', 'input.projectId').on('Session', 'input.sessionId')],
    // A session's list names people: those who handle personal data keep it.
    registerForSession: [staff('personal').on('Session', 'input.sessionId').on('Participant', 'input.participantIds')],
    cancelRegistration: [staff('personal').on('Registration', 'input.registrationId')],
    updateParticipant: [staff('personal').on('Participant', 'input.participantId')],
    recordConsent: [staff('personal').on('Participant', 'input.participantId')],
    withdrawConsent: [staff('personal').on('Consent', 'input.consentId')],
    checkInParticipant: [staff('record').on('Session', 'input.sessionId').on('Participant', 'input.participantId')],
    undoCheckIn: [staff('record').on('Attendance', 'input.attendanceId')],
    // A participant's own data is theirs to take away or erase. Their questionnaire answers are research data that
    // no staff member reads: only the participant's own download holds them.
    exportParticipantData: [
      staff('personal')
        .on('Participant', 'participantId')
        .when(
          ({ args }) => args.includeQuestionnaireAnswers !== true,
          'Questionnaire answers are research data: only the participant can download them, on their phone.',
        ),
      participant().self('participantId'),
    ],
    setResearchConsent: [
      staff('personal').on('Participant', 'input.participantId'),
      participant('project').self('input.participantId'),
    ],
    eraseParticipantData: [
      staff('personal').on('Participant', 'input.participantId'),
      participant().self('input.participantId'),
    ],
    // Only ever about the participant asking: the resolver reads the viewer, and anyone else is told to join first.
    myParticipation: [anyone()],
  },
  records: {
    // Pseudonyms are shown with contributions; everything else about a participant is a personal field.
    Participant: {
      place: {
        sql: 'select id, project_id, null::uuid as session_id from participant where id in (%)',
        parent: { field: 'project', type: 'Project' },
      },
      read: [staff('read'), participant('project').when(isSelf)],
      fields: {
        background: PERSONAL,
        ageBand: PERSONAL,
        languages: PERSONAL,
        consents: PERSONAL,
        sessionsAttended: PERSONAL,
        personalCode: PERSONAL,
      },
    },
    Attendance: {
      place: {
        sql: 'select t.id, s.project_id, s.id as session_id from attendance t join session s on s.id = t.session_id where t.id in (%)',
        parent: { field: 'session', type: 'Session' },
      },
      read: [staff('personal')],
    },
    Registration: {
      place: {
        sql: 'select t.id, s.project_id, s.id as session_id from registration t join session s on s.id = t.session_id where t.id in (%)',
        parent: { field: 'session', type: 'Session' },
      },
      read: [staff('personal')],
    },
    // Consents: those who handle personal data, and the participant whose consents they are (on their phone).
    Consent: {
      place: {
        sql: 'select c.id, p.project_id, null::uuid as session_id from consent c join participant p on p.id = c.participant_id where c.id in (%)',
        parent: { field: 'participant', type: 'Participant' },
      },
      read: [staff('personal'), participant('project').when(isOwnConsent)],
    },
  },
};
