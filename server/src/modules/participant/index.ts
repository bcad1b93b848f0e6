import {
  AttendanceResolver,
  ConsentResolver,
  ParticipantResolver,
  ProjectParticipantsResolver,
  RegistrationResolver,
  SessionAttendanceResolver,
} from './participant.resolver.js';

// The GraphQL resolvers of the participant feature, registered in core/resolvers.ts.
export const participantResolvers: Function[] = [
  ParticipantResolver,
  ConsentResolver,
  AttendanceResolver,
  RegistrationResolver,
  SessionAttendanceResolver,
  ProjectParticipantsResolver,
];
