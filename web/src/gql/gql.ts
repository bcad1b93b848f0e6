/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ChallengeBoard_session on Session {\n    id\n    themes {\n      id\n      position\n      ...ThemeHeading_theme\n    }\n    challenges(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          theme {\n            id\n          }\n          ...ChallengeCard_challenge\n        }\n      }\n    }\n  }\n": typeof types.ChallengeBoard_SessionFragmentDoc,
    "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    text\n    language\n    status\n    translations {\n      language\n      text\n    }\n    dotCount\n    author {\n      id\n      pseudonym\n    }\n    ...IdeaList_challenge\n  }\n": typeof types.ChallengeCard_ChallengeFragmentDoc,
    "\n  fragment IdeaList_challenge on Challenge {\n    id\n    ideas {\n      totalCount\n      edges {\n        node {\n          id\n          text\n          language\n          translations {\n            language\n            text\n          }\n          dotCount\n        }\n      }\n    }\n  }\n": typeof types.IdeaList_ChallengeFragmentDoc,
    "\n  fragment GrantSplit_project on Project {\n    grantEuros\n    euFundEuros\n    regionalCofinancingEuros\n  }\n": typeof types.GrantSplit_ProjectFragmentDoc,
    "\n  fragment PartnerList_project on Project {\n    promoter {\n      id\n      name\n      locality\n    }\n    partners {\n      id\n      role\n      organisation {\n        id\n        name\n        locality\n      }\n    }\n  }\n": typeof types.PartnerList_ProjectFragmentDoc,
    "\n  fragment ProjectCard_project on Project {\n    id\n    title\n    description\n    startsOn\n    endsOn\n    grantEuros\n    euFundEuros\n    regionalCofinancingEuros\n    promoter {\n      id\n      name\n    }\n  }\n": typeof types.ProjectCard_ProjectFragmentDoc,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      description\n      startsOn\n      endsOn\n      goals\n      promoter {\n        id\n        name\n      }\n      ...GrantSplit_project\n      ...PartnerList_project\n      sessions(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            ...SessionListItem_session\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProjectPageDocument,
    "\n  query ProjectsPage($after: String) {\n    projects(first: 24, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ProjectCard_project\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ProjectsPageDocument,
    "\n  fragment ResponseNote_response on MunicipalityResponse {\n    id\n    decision\n    reason\n    followUp\n    respondedAt\n  }\n": typeof types.ResponseNote_ResponseFragmentDoc,
    "\n  fragment AgendaList_session on Session {\n    agenda {\n      id\n      position\n      kind\n      title\n      durationMinutes\n    }\n    currentPhase {\n      id\n    }\n  }\n": typeof types.AgendaList_SessionFragmentDoc,
    "\n  fragment SessionFacts_session on Session {\n    startsAt\n    durationMinutes\n    location\n    languages\n    capacity\n    attendanceCount\n  }\n": typeof types.SessionFacts_SessionFragmentDoc,
    "\n  fragment SessionListItem_session on Session {\n    id\n    title\n    startsAt\n    durationMinutes\n    location\n    status\n    languages\n    capacity\n    attendanceCount\n  }\n": typeof types.SessionListItem_SessionFragmentDoc,
    "\n  query SessionPage($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      status\n      project {\n        id\n        title\n      }\n      ...SessionFacts_session\n      ...AgendaList_session\n      ...ChallengeBoard_session\n      ...VotingRoundList_session\n      ...StrategyList_session\n    }\n  }\n": typeof types.SessionPageDocument,
    "\n  fragment StrategyCard_strategy on Strategy {\n    id\n    title\n    description\n    status\n    actions {\n      id\n      position\n      what\n      who\n      due\n      resources\n    }\n    response {\n      id\n      ...ResponseNote_response\n    }\n  }\n": typeof types.StrategyCard_StrategyFragmentDoc,
    "\n  fragment StrategyList_session on Session {\n    strategies {\n      id\n      ...StrategyCard_strategy\n    }\n  }\n": typeof types.StrategyList_SessionFragmentDoc,
    "\n  fragment ThemeHeading_theme on Theme {\n    id\n    title\n    challenges {\n      id\n    }\n    dotCount\n  }\n": typeof types.ThemeHeading_ThemeFragmentDoc,
    "\n  fragment VotingRoundList_session on Session {\n    votingRounds {\n      id\n      title\n      target\n      dotsPerParticipant\n      status\n    }\n  }\n": typeof types.VotingRoundList_SessionFragmentDoc,
};
const documents: Documents = {
    "\n  fragment ChallengeBoard_session on Session {\n    id\n    themes {\n      id\n      position\n      ...ThemeHeading_theme\n    }\n    challenges(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          theme {\n            id\n          }\n          ...ChallengeCard_challenge\n        }\n      }\n    }\n  }\n": types.ChallengeBoard_SessionFragmentDoc,
    "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    text\n    language\n    status\n    translations {\n      language\n      text\n    }\n    dotCount\n    author {\n      id\n      pseudonym\n    }\n    ...IdeaList_challenge\n  }\n": types.ChallengeCard_ChallengeFragmentDoc,
    "\n  fragment IdeaList_challenge on Challenge {\n    id\n    ideas {\n      totalCount\n      edges {\n        node {\n          id\n          text\n          language\n          translations {\n            language\n            text\n          }\n          dotCount\n        }\n      }\n    }\n  }\n": types.IdeaList_ChallengeFragmentDoc,
    "\n  fragment GrantSplit_project on Project {\n    grantEuros\n    euFundEuros\n    regionalCofinancingEuros\n  }\n": types.GrantSplit_ProjectFragmentDoc,
    "\n  fragment PartnerList_project on Project {\n    promoter {\n      id\n      name\n      locality\n    }\n    partners {\n      id\n      role\n      organisation {\n        id\n        name\n        locality\n      }\n    }\n  }\n": types.PartnerList_ProjectFragmentDoc,
    "\n  fragment ProjectCard_project on Project {\n    id\n    title\n    description\n    startsOn\n    endsOn\n    grantEuros\n    euFundEuros\n    regionalCofinancingEuros\n    promoter {\n      id\n      name\n    }\n  }\n": types.ProjectCard_ProjectFragmentDoc,
    "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      description\n      startsOn\n      endsOn\n      goals\n      promoter {\n        id\n        name\n      }\n      ...GrantSplit_project\n      ...PartnerList_project\n      sessions(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            ...SessionListItem_session\n          }\n        }\n      }\n    }\n  }\n": types.ProjectPageDocument,
    "\n  query ProjectsPage($after: String) {\n    projects(first: 24, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ProjectCard_project\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ProjectsPageDocument,
    "\n  fragment ResponseNote_response on MunicipalityResponse {\n    id\n    decision\n    reason\n    followUp\n    respondedAt\n  }\n": types.ResponseNote_ResponseFragmentDoc,
    "\n  fragment AgendaList_session on Session {\n    agenda {\n      id\n      position\n      kind\n      title\n      durationMinutes\n    }\n    currentPhase {\n      id\n    }\n  }\n": types.AgendaList_SessionFragmentDoc,
    "\n  fragment SessionFacts_session on Session {\n    startsAt\n    durationMinutes\n    location\n    languages\n    capacity\n    attendanceCount\n  }\n": types.SessionFacts_SessionFragmentDoc,
    "\n  fragment SessionListItem_session on Session {\n    id\n    title\n    startsAt\n    durationMinutes\n    location\n    status\n    languages\n    capacity\n    attendanceCount\n  }\n": types.SessionListItem_SessionFragmentDoc,
    "\n  query SessionPage($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      status\n      project {\n        id\n        title\n      }\n      ...SessionFacts_session\n      ...AgendaList_session\n      ...ChallengeBoard_session\n      ...VotingRoundList_session\n      ...StrategyList_session\n    }\n  }\n": types.SessionPageDocument,
    "\n  fragment StrategyCard_strategy on Strategy {\n    id\n    title\n    description\n    status\n    actions {\n      id\n      position\n      what\n      who\n      due\n      resources\n    }\n    response {\n      id\n      ...ResponseNote_response\n    }\n  }\n": types.StrategyCard_StrategyFragmentDoc,
    "\n  fragment StrategyList_session on Session {\n    strategies {\n      id\n      ...StrategyCard_strategy\n    }\n  }\n": types.StrategyList_SessionFragmentDoc,
    "\n  fragment ThemeHeading_theme on Theme {\n    id\n    title\n    challenges {\n      id\n    }\n    dotCount\n  }\n": types.ThemeHeading_ThemeFragmentDoc,
    "\n  fragment VotingRoundList_session on Session {\n    votingRounds {\n      id\n      title\n      target\n      dotsPerParticipant\n      status\n    }\n  }\n": types.VotingRoundList_SessionFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeBoard_session on Session {\n    id\n    themes {\n      id\n      position\n      ...ThemeHeading_theme\n    }\n    challenges(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          theme {\n            id\n          }\n          ...ChallengeCard_challenge\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChallengeBoard_session on Session {\n    id\n    themes {\n      id\n      position\n      ...ThemeHeading_theme\n    }\n    challenges(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          theme {\n            id\n          }\n          ...ChallengeCard_challenge\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    text\n    language\n    status\n    translations {\n      language\n      text\n    }\n    dotCount\n    author {\n      id\n      pseudonym\n    }\n    ...IdeaList_challenge\n  }\n"): (typeof documents)["\n  fragment ChallengeCard_challenge on Challenge {\n    id\n    text\n    language\n    status\n    translations {\n      language\n      text\n    }\n    dotCount\n    author {\n      id\n      pseudonym\n    }\n    ...IdeaList_challenge\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaList_challenge on Challenge {\n    id\n    ideas {\n      totalCount\n      edges {\n        node {\n          id\n          text\n          language\n          translations {\n            language\n            text\n          }\n          dotCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IdeaList_challenge on Challenge {\n    id\n    ideas {\n      totalCount\n      edges {\n        node {\n          id\n          text\n          language\n          translations {\n            language\n            text\n          }\n          dotCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrantSplit_project on Project {\n    grantEuros\n    euFundEuros\n    regionalCofinancingEuros\n  }\n"): (typeof documents)["\n  fragment GrantSplit_project on Project {\n    grantEuros\n    euFundEuros\n    regionalCofinancingEuros\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerList_project on Project {\n    promoter {\n      id\n      name\n      locality\n    }\n    partners {\n      id\n      role\n      organisation {\n        id\n        name\n        locality\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerList_project on Project {\n    promoter {\n      id\n      name\n      locality\n    }\n    partners {\n      id\n      role\n      organisation {\n        id\n        name\n        locality\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectCard_project on Project {\n    id\n    title\n    description\n    startsOn\n    endsOn\n    grantEuros\n    euFundEuros\n    regionalCofinancingEuros\n    promoter {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ProjectCard_project on Project {\n    id\n    title\n    description\n    startsOn\n    endsOn\n    grantEuros\n    euFundEuros\n    regionalCofinancingEuros\n    promoter {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      description\n      startsOn\n      endsOn\n      goals\n      promoter {\n        id\n        name\n      }\n      ...GrantSplit_project\n      ...PartnerList_project\n      sessions(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            ...SessionListItem_session\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectPage($id: ID!) {\n    project(id: $id) {\n      id\n      title\n      description\n      startsOn\n      endsOn\n      goals\n      promoter {\n        id\n        name\n      }\n      ...GrantSplit_project\n      ...PartnerList_project\n      sessions(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            ...SessionListItem_session\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectsPage($after: String) {\n    projects(first: 24, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ProjectCard_project\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectsPage($after: String) {\n    projects(first: 24, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...ProjectCard_project\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResponseNote_response on MunicipalityResponse {\n    id\n    decision\n    reason\n    followUp\n    respondedAt\n  }\n"): (typeof documents)["\n  fragment ResponseNote_response on MunicipalityResponse {\n    id\n    decision\n    reason\n    followUp\n    respondedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaList_session on Session {\n    agenda {\n      id\n      position\n      kind\n      title\n      durationMinutes\n    }\n    currentPhase {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaList_session on Session {\n    agenda {\n      id\n      position\n      kind\n      title\n      durationMinutes\n    }\n    currentPhase {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFacts_session on Session {\n    startsAt\n    durationMinutes\n    location\n    languages\n    capacity\n    attendanceCount\n  }\n"): (typeof documents)["\n  fragment SessionFacts_session on Session {\n    startsAt\n    durationMinutes\n    location\n    languages\n    capacity\n    attendanceCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionListItem_session on Session {\n    id\n    title\n    startsAt\n    durationMinutes\n    location\n    status\n    languages\n    capacity\n    attendanceCount\n  }\n"): (typeof documents)["\n  fragment SessionListItem_session on Session {\n    id\n    title\n    startsAt\n    durationMinutes\n    location\n    status\n    languages\n    capacity\n    attendanceCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionPage($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      status\n      project {\n        id\n        title\n      }\n      ...SessionFacts_session\n      ...AgendaList_session\n      ...ChallengeBoard_session\n      ...VotingRoundList_session\n      ...StrategyList_session\n    }\n  }\n"): (typeof documents)["\n  query SessionPage($id: ID!) {\n    session(id: $id) {\n      id\n      title\n      status\n      project {\n        id\n        title\n      }\n      ...SessionFacts_session\n      ...AgendaList_session\n      ...ChallengeBoard_session\n      ...VotingRoundList_session\n      ...StrategyList_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StrategyCard_strategy on Strategy {\n    id\n    title\n    description\n    status\n    actions {\n      id\n      position\n      what\n      who\n      due\n      resources\n    }\n    response {\n      id\n      ...ResponseNote_response\n    }\n  }\n"): (typeof documents)["\n  fragment StrategyCard_strategy on Strategy {\n    id\n    title\n    description\n    status\n    actions {\n      id\n      position\n      what\n      who\n      due\n      resources\n    }\n    response {\n      id\n      ...ResponseNote_response\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StrategyList_session on Session {\n    strategies {\n      id\n      ...StrategyCard_strategy\n    }\n  }\n"): (typeof documents)["\n  fragment StrategyList_session on Session {\n    strategies {\n      id\n      ...StrategyCard_strategy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeHeading_theme on Theme {\n    id\n    title\n    challenges {\n      id\n    }\n    dotCount\n  }\n"): (typeof documents)["\n  fragment ThemeHeading_theme on Theme {\n    id\n    title\n    challenges {\n      id\n    }\n    dotCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VotingRoundList_session on Session {\n    votingRounds {\n      id\n      title\n      target\n      dotsPerParticipant\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment VotingRoundList_session on Session {\n    votingRounds {\n      id\n      title\n      target\n      dotsPerParticipant\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;