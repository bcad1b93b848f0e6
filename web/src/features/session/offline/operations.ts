import { graphql } from '../../../gql';

// Every change the workshop screens make goes through the queue by one of these names. Each answers
// with the fields its screens show, so that the cache is right even before the next refetch.

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
        }
      }
    }
  `),
  undoCheckIn: graphql(`
    mutation WorkshopUndoCheckIn($input: UndoCheckInInput!) {
      undoCheckIn(input: $input) {
        clientMutationId
        removedAttendanceId
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
          text
          status
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
          dotCount
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
      }
    }
  `),
  createIdea: graphql(`
    mutation WorkshopCreateIdea($input: CreateIdeaInput!) {
      createIdea(input: $input) {
        clientMutationId
        idea {
          id
          text
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
