import { graphql } from '../../../gql';

// Every change the workshop screens make goes through the device's queue by one of these names. Each answers with
// the fields its screens show, and with the short list it changed (a theme with the session's themes, an action with
// its strategy's actions), so that the screens are right as soon as the server answers; the changes phones and other
// screens make arrive as live events.

export const operations = {
  // Answers from a paper form: the payload says how much is answered, never what.
  recordPaperAnswers: graphql(`
    mutation WorkshopRecordPaperAnswers($input: RecordPaperAnswersInput!) {
      recordPaperAnswers(input: $input) {
        clientMutationId
        answeredItems
        itemCount
      }
    }
  `),
  registerParticipant: graphql(`
    mutation WorkshopRegisterParticipant($input: RegisterParticipantInput!) {
      registerParticipant(input: $input) {
        clientMutationId
        participant {
          id
          pseudonym
          project {
            id
            participants(first: 200) {
              totalCount
              edges {
                node {
                  id
                  pseudonym
                  personalCode
                  ...ParticipantRow_participant
                }
              }
            }
          }
        }
      }
    }
  `),
  checkInParticipant: graphql(`
    mutation WorkshopCheckIn($input: CheckInParticipantInput!) {
      checkInParticipant(input: $input) {
        clientMutationId
        attendance {
          id
          session {
            id
            attendance(first: 200) {
              edges {
                node {
                  id
                  participant {
                    id
                    pseudonym
                  }
                }
              }
            }
          }
        }
      }
    }
  `),
  undoCheckIn: graphql(`
    mutation WorkshopUndoCheckIn($input: UndoCheckInInput!) {
      undoCheckIn(input: $input) {
        clientMutationId
        removedAttendanceId
        session {
          id
          attendance(first: 200) {
            edges {
              node {
                id
                participant {
                  id
                  pseudonym
                }
              }
            }
          }
        }
      }
    }
  `),
  changeSessionStatus: graphql(`
    mutation WorkshopChangeStatus($input: ChangeSessionStatusInput!) {
      changeSessionStatus(input: $input) {
        clientMutationId
        session {
          id
          status
          joinCode
          currentPhase {
            id
            endsAt
          }
        }
      }
    }
  `),
  setCurrentPhase: graphql(`
    mutation WorkshopSetCurrentPhase($input: SetCurrentPhaseInput!) {
      setCurrentPhase(input: $input) {
        clientMutationId
        session {
          id
          currentPhase {
            id
            endsAt
          }
        }
      }
    }
  `),
  createChallenge: graphql(`
    mutation WorkshopCreateChallenge($input: CreateChallengeInput!) {
      createChallenge(input: $input) {
        clientMutationId
        challenge {
          id
          status
          session {
            id
          }
          ...BoardPanel_challenge
        }
      }
    }
  `),
  setChallengeStatus: graphql(`
    mutation WorkshopSetChallengeStatus($input: SetChallengeStatusInput!) {
      setChallengeStatus(input: $input) {
        clientMutationId
        challenge {
          id
          status
        }
      }
    }
  `),
  mergeChallenges: graphql(`
    mutation WorkshopMergeChallenges($input: MergeChallengesInput!) {
      mergeChallenges(input: $input) {
        clientMutationId
        challenge {
          id
          ...BoardPanel_challenge
          mergedChallenges {
            id
            status
          }
        }
      }
    }
  `),
  assignChallengeTheme: graphql(`
    mutation WorkshopAssignTheme($input: AssignChallengeThemeInput!) {
      assignChallengeTheme(input: $input) {
        clientMutationId
        challenge {
          id
          theme {
            id
          }
        }
      }
    }
  `),
  createTheme: graphql(`
    mutation WorkshopCreateTheme($input: CreateThemeInput!) {
      createTheme(input: $input) {
        clientMutationId
        theme {
          id
          title
          position
          session {
            id
            themes(includeCarried: true) {
              id
              title
              position
              origin {
                sessionId
                sessionTitle
                betweenSessions
              }
            }
          }
        }
      }
    }
  `),
  renameTheme: graphql(`
    mutation WorkshopRenameTheme($input: RenameThemeInput!) {
      renameTheme(input: $input) {
        clientMutationId
        theme {
          id
          title
        }
      }
    }
  `),
  deleteTheme: graphql(`
    mutation WorkshopDeleteTheme($input: DeleteThemeInput!) {
      deleteTheme(input: $input) {
        clientMutationId
        deletedThemeId
        session {
          id
          themes(includeCarried: true) {
            id
            title
            position
            origin {
              sessionId
              sessionTitle
              betweenSessions
            }
          }
        }
      }
    }
  `),
  createIdea: graphql(`
    mutation WorkshopCreateIdea($input: CreateIdeaInput!) {
      createIdea(input: $input) {
        clientMutationId
        idea {
          id
          challenge {
            id
            ...BoardPanel_challenge
          }
        }
      }
    }
  `),
  // The idea's new status is all a facilitator's screens need: they keep hidden ideas beside the visible ones.
  setIdeaStatus: graphql(`
    mutation WorkshopSetIdeaStatus($input: SetIdeaStatusInput!) {
      setIdeaStatus(input: $input) {
        clientMutationId
        idea {
          id
          status
        }
      }
    }
  `),
  openVotingRound: graphql(`
    mutation WorkshopOpenRound($input: OpenVotingRoundInput!) {
      openVotingRound(input: $input) {
        clientMutationId
        round {
          id
          status
          session {
            id
            openVotingRound {
              id
            }
            ...VotingPanel_session
          }
        }
      }
    }
  `),
  closeVotingRound: graphql(`
    mutation WorkshopCloseRound($input: CloseVotingRoundInput!) {
      closeVotingRound(input: $input) {
        clientMutationId
        round {
          id
          status
          session {
            id
            openVotingRound {
              id
            }
          }
        }
      }
    }
  `),
  castVote: graphql(`
    mutation WorkshopCastVote($input: CastVoteInput!) {
      castVote(input: $input) {
        clientMutationId
        vote {
          id
          dots
          round {
            id
            ...VotingPanel_round
          }
        }
      }
    }
  `),
  recordPaperVotes: graphql(`
    mutation WorkshopPaperVotes($input: RecordPaperVotesInput!) {
      recordPaperVotes(input: $input) {
        clientMutationId
        vote {
          id
          dots
          round {
            id
            ...VotingPanel_round
          }
        }
      }
    }
  `),
  createStrategy: graphql(`
    mutation WorkshopCreateStrategy($input: CreateStrategyInput!) {
      createStrategy(input: $input) {
        clientMutationId
        strategy {
          id
          title
          session {
            id
            ...StrategyPanel_session
          }
        }
      }
    }
  `),
  addStrategyAction: graphql(`
    mutation WorkshopAddAction($input: AddStrategyActionInput!) {
      addStrategyAction(input: $input) {
        clientMutationId
        action {
          id
          strategy {
            id
            actions {
              id
              position
              what
              who
              due
              resources
            }
          }
        }
      }
    }
  `),
  submitStrategy: graphql(`
    mutation WorkshopSubmitStrategy($input: SubmitStrategyInput!) {
      submitStrategy(input: $input) {
        clientMutationId
        strategy {
          id
          status
          submittedAt
        }
      }
    }
  `),
  submitSessionStrategies: graphql(`
    mutation WorkshopSubmitSessionStrategies($input: SubmitSessionStrategiesInput!) {
      submitSessionStrategies(input: $input) {
        clientMutationId
        strategies {
          id
          status
          submittedAt
        }
      }
    }
  `),
};

export type OperationName = keyof typeof operations;
