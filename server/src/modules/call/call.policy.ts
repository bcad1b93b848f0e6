import { anyone, participant, staff, type FeaturePolicy } from '../../core/auth/rules.js';

// Calls between sessions: planners open and close them, those who run workshops moderate what comes in, and a
// participant of the project sends challenges and ideas to them as themselves.
export const callPolicy: FeaturePolicy = {
  operations: {
    // A call's code is typed by people without an account; misses count against the device.
    callPreview: [anyone()],
    signInToCall: [anyone()],
    // Only ever about the participant asking: the resolver reads the viewer.
    myCall: [anyone()],
    betweenSessions: [staff('read').on('Project', 'projectId')],
    openProjectCall: [staff('plan').on('Project', 'input.projectId')],
    closeProjectCall: [staff('plan').on('ProjectCall', 'input.callId')],
    contributeChallenge: [participant('project').on('ProjectCall', 'input.callId')],
    contributeIdea: [participant('project').on('ProjectCall', 'input.callId').on('Challenge', 'input.challengeId')],
    moderateChallenge: [staff('record').on('Challenge', 'input.challengeId')],
    moderateIdea: [staff('record').on('Idea', 'input.ideaId')],
  },
  records: {
    ProjectCall: {
      place: { sql: 'select id, project_id, null::uuid as session_id from project_call where id in (%)' },
      read: [staff('read'), participant('project')],
    },
  },
};
