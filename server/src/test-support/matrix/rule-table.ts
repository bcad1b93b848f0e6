import { ROLES, type Role } from './roles.js';

// Who may do what with tenant A's own records, written by hand from the rule text (MISSION.md: "every role sees
// only its own organisation's projects; a participant only the session joined"; issue 8: "a facilitator plans,
// opens and closes; a reviewer never runs a workshop; only the municipality answers"; the role descriptions of
// MISSION.md), never read from the policy code: when a feature's policy says something else, the matrix fails.
//
// Each row is one probe of the matrix: the operation as the matrix generates it, every id at A's first record of
// its type (inside A's live session where it can be). The columns are the roles of roles.ts:
//   anon  anonymous            fac   facilitator (partner organisation, member of the project)
//   part  participant          rev   reviewer of the municipality
//   eval  evaluator (member)   adm   administrator of the municipality
//   padm  administrator of the partner organisation
//   prev  reviewer of the partner organisation (the partner promotes no project, so a reviewer there has none)
//   trans volunteer translator of the partner organisation, member of A's project (issue 13: it reads the project's
//         sessions and translates their texts, and does nothing else)
//
//   y  let through (the answer may still be a domain error, such as an impossible status change)
//   n  refused before anything happens: UNAUTHENTICATED for anonymous, FORBIDDEN for everyone else
//   o  open to anyone: the operation itself decides what it answers
//   e  let through, but a list that holds none of A's records for this role
//
// In words: staff readers (facilitator, reviewer, administrators) read the sessions of their projects, the
// participant their own session, the evaluator only projects and organisations (indicators come later). Those who
// run workshops (facilitator, administrators) plan and record them; those who handle personal data (facilitator,
// administrators) read and manage participants. Only the municipality (its reviewer and administrator) answers
// strategies, follows them up on their timeline and decides whether the project's outcome pages are public (issue 8);
// anyone reads a public project's outcomes, a participant what came of their own sessions. Administrators manage
// their projects, accounts and the audit log; an organisation's own things (its name, the projects it promotes, who
// gets an organisation-wide role in it) are its own administrators'; a project and its partnership are its promoter's
// (issue 10): a partner organisation's administrator works on the project but neither changes it nor adds or removes
// its partners.
export const RULE_TABLE = `
operation                    anon part fac  rev  eval adm  padm prev trans   the probe
accounts                     n    n    n    n    n    y    y    n    n    list accounts of one's organisations
auditLog                     n    n    n    n    n    y    y    n    n    the audit log of one's projects
auditLogCsv                  n    n    n    n    n    y    y    n    n    the audit log of one's projects, as CSV
challenge                    n    y    y    y    n    y    y    n    y    a challenge of the live session
exportParticipantData        n    y    y    n    n    y    y    n    n    the participant's own data
funderReport                 n    n    n    y    y    y    y    n    n    the funder's report of A's project for a year
idea                         n    y    y    y    n    y    y    n    y    an idea of the live session
myOutcomes                   n    y    n    n    n    n    n    n    n    what came of the participant's own sessions
indicatorsOverview           n    n    n    n    y    y    y    n    n    the indicators across the projects one evaluates
invitation                   o    o    o    o    o    o    o    o    o    an invitation link
joinPreview                  o    o    o    o    o    o    o    o    o    a join code
machineTranslationAvailable  n    n    y    y    y    y    y    y    y    whether machine drafts can be asked for
myParticipation              o    o    o    o    o    o    o    o    o    who joined on this browser
outcomeOverview              n    n    n    y    n    y    y    y    n    outcome figures of the projects one answers for (a partner's: none)
organisation                 n    n    y    y    y    y    y    n    y    the municipality
organisations                n    n    y    y    y    y    y    y    y    one's own organisations and those one works with
participant                  n    n    y    n    n    y    y    n    n    a participant's record (personal data)
project                      n    n    y    y    y    y    y    n    y    A's project
projectIndicators            n    n    n    n    y    y    y    n    n    the indicators of A's project
projects                     n    n    y    y    y    y    y    e    y    the projects one works on
publicProject                o    o    o    o    o    o    o    o    o    A's project, whose outcomes are public
publicProjects               o    o    o    o    o    o    o    o    o    the projects whose outcomes are public
questionnaire                n    y    y    y    n    y    y    n    y    the live session's questionnaire before the first session
questionnaireItems           n    n    y    y    y    y    y    n    y    the competence items of A's project
researchExport               n    n    n    n    y    y    y    n    n    the research export of A's project (row-level answers, research ids)
session                      n    y    y    y    n    y    y    n    y    the live session
sessionEventCursor           n    y    y    y    n    y    y    n    y    the live session's latest event
sessionEvents                n    y    y    y    n    y    y    n    y    follow the live session (WebSocket)
sessionReport                n    y    y    y    n    y    y    n    y    the live session's report
strategy                     n    y    y    y    n    y    y    n    y    a draft strategy of the live session
strategyInbox                n    n    n    y    n    y    n    n    n    the submitted strategies of A's project and live session
theme                        n    y    y    y    n    y    y    n    y    a theme of the live session
translationQueue             n    n    y    n    n    y    y    n    y    what A's project still needs translated
viewer                       o    o    o    o    o    o    o    o    o    who is signed in
votingRound                  n    y    y    y    n    y    y    n    y    a voting round of the live session
agendaTemplates              n    n    y    y    y    y    y    y    y    the agenda templates one may start from
betweenSessions              n    n    y    y    n    y    y    n    y    what came in between A's sessions
callPreview                  o    o    o    o    o    o    o    o    o    a call's code
method                       n    n    y    n    n    n    y    y    y    a method A's partner made (not shared): that organisation's staff
methods                      n    n    y    y    y    y    y    y    y    the method library
myCall                       o    o    o    o    o    o    o    o    o    who signed in to a call on this browser
projectTrajectory            n    n    y    y    n    y    y    n    y    A's sessions with what came in and went out
serverTime                   o    o    o    o    o    o    o    o    o    the clock screens count down by
sessionPhoto                 n    y    y    y    n    y    y    n    y    a photo of the live session
acceptInvitation             o    o    o    o    o    o    o    o    o    accept an invitation link
addProjectPartner            n    n    n    n    n    y    n    n    n    add an organisation to A's project: the promoter's administrators only
addQuestionnaireItem         n    n    y    n    y    y    y    n    n    add an item of the project's own: who plans sessions, and the evaluator
addStrategyAction            n    n    y    n    n    y    y    n    n    add an action to a draft strategy
addStrategyUpdate            n    n    n    y    n    y    n    n    n    follow a strategy up: the municipality only
answerQuestionnaire          n    y    n    n    n    n    n    n    n    answer on one's own phone, as the participant themself
approveTranslation           n    n    y    n    n    y    y    n    y    approve a machine draft of a challenge (none yet: said by the service)
assignChallengeTheme         n    n    y    n    n    y    y    n    n    move a challenge to a theme
castVote                     n    y    y    n    n    y    y    n    n    vote as the participant themself
changePassword               n    n    y    y    y    y    y    y    y    change one's own password
changeSessionStatus          n    n    y    n    n    y    y    n    n    live to draft: impossible, said by the service to those who run workshops
checkInParticipant           n    n    y    n    n    y    y    n    n    check a participant in
closeVotingRound             n    n    y    n    n    y    y    n    n    close a voting round
correctStrategyUpdate        n    n    n    y    n    y    n    n    n    correct a follow-up update: the municipality only
createChallenge              n    y    y    n    n    y    y    n    n    raise a challenge as the participant themself
createIdea                   n    y    y    n    n    y    y    n    n    propose an idea as the participant themself
createInvitation             n    n    n    n    n    y    n    n    n    invite an administrator into the municipality
createOrganisation           n    n    n    n    n    y    y    n    n    register an organisation
createProject                n    n    n    n    n    y    n    n    n    a project promoted by the municipality
createSession                n    n    y    n    n    y    y    n    n    plan a session
createStrategy               n    n    y    n    n    y    y    n    n    draft a strategy
createTheme                  n    n    y    n    n    y    y    n    n    add a theme
deleteTheme                  n    n    y    n    n    y    y    n    n    remove a theme
draftMachineTranslations     n    n    y    n    n    y    y    n    y    machine drafts of a challenge (no service set up: said by the service)
eraseParticipantData         n    y    y    n    n    y    y    n    n    erase the participant's own data
joinSession                  o    o    o    o    o    o    o    o    o    join with a code
markOutcomesSeen             n    y    n    n    n    n    n    n    n    the participant has looked at what came of it
mergeChallenges              n    n    y    n    n    y    y    n    n    merge challenges
openVotingRound              n    n    y    n    n    y    y    n    n    open a voting round
recordConsent                n    n    y    n    n    y    y    n    n    record a consent (personal data)
recordPaperAnswers           n    n    y    n    n    y    y    n    n    enter a participant's paper form for them
recordPaperVotes             n    n    y    n    n    y    y    n    n    record paper votes
registerParticipant          n    n    y    n    n    y    y    n    n    register a participant (personal data)
removeProjectPartner         n    n    n    n    n    y    n    n    n    remove the evaluation team from A's project: the promoter's administrators only
removeStrategyAction         n    n    y    n    n    y    y    n    n    remove an action
removeStrategyUpdate         n    n    n    y    n    y    n    n    n    take a follow-up update off: the municipality only
renameTheme                  n    n    y    n    n    y    y    n    n    rename a theme
reorderStrategyActions       n    n    y    n    n    y    y    n    n    reorder actions
reorderThemes                n    n    y    n    n    y    y    n    n    reorder themes
respondToStrategy            n    n    n    y    n    y    n    n    n    answer a strategy: the municipality only
retireQuestionnaireItem      n    n    y    n    y    y    y    n    n    stop asking a project item
setChallengeStatus           n    n    y    n    n    y    y    n    n    hide or show a challenge
setChallengeTranslation      n    n    y    n    n    y    y    n    y    translate a challenge
setCurrentPhase              n    n    y    n    n    y    y    n    n    move the live session to a phase
setIdeaStatus                n    n    y    n    n    y    y    n    n    hide or show an idea
setIdeaTranslation           n    n    y    n    n    y    y    n    y    translate an idea
setOutcomesPublic            n    n    n    y    n    y    n    n    n    open A's outcome pages: the municipality only
setResearchConsent           n    y    y    n    n    y    y    n    n    agree to research or withdraw, as the participant themself (personal data)
setSessionAgenda             n    n    y    n    n    y    y    n    n    change the agenda
signIn                       o    o    o    o    o    o    o    o    o    sign in
signInWithPersonalCode       o    o    o    o    o    o    o    o    o    come back with the code on one's card
signOut                      o    o    o    o    o    o    o    o    o    sign out
submitSessionStrategies      n    n    y    n    n    y    y    n    n    submit a session's strategies
submitStrategy               n    n    y    n    n    y    y    n    n    submit a strategy
translateText                n    n    y    n    n    y    y    n    y    translate a challenge
undoCheckIn                  n    n    y    n    n    y    y    n    n    undo a check-in
updateAccount                n    n    n    n    n    y    n    n    n    change the municipality's reviewer account
updateChallenge              n    n    y    n    n    y    y    n    n    correct a challenge
updateIdea                   n    n    y    n    n    y    y    n    n    correct an idea
updateOrganisation           n    n    n    n    n    y    n    n    n    rename the municipality
updateParticipant            n    n    y    n    n    y    y    n    n    change a participant (personal data)
updateProject                n    n    n    n    n    y    n    n    n    change A's project: the promoter's administrators only
updateQuestionnaireItem      n    n    y    n    y    y    y    n    n    add a language to a project item
updateSession                n    n    y    n    n    y    y    n    n    change the live session's details
updateStrategy               n    n    y    n    n    y    y    n    n    change a draft strategy
updateStrategyAction         n    n    y    n    n    y    y    n    n    change an action
updateStrategyResponse       n    n    n    y    n    y    n    n    n    change an answer: the municipality only
withdrawConsent              n    n    y    n    n    y    y    n    n    withdraw a consent (personal data)
withdrawVote                 n    n    y    n    n    y    y    n    n    withdraw a vote
addSessionPhoto              n    n    y    n    n    y    y    n    n    add a photo to the live session
cancelRegistration           n    n    y    n    n    y    y    n    n    take someone off a session's list (personal data)
carryIntoSession             n    n    y    n    n    y    y    n    n    carry earlier work into a session
closeProjectCall             n    n    y    n    n    y    y    n    n    close a call between sessions
contributeChallenge          n    y    n    n    n    n    n    n    n    send a challenge to a call, as a participant of the project
contributeIdea               n    y    n    n    n    n    n    n    n    send an idea to a call, as a participant of the project
createMethod                 n    n    y    n    n    n    y    n    n    a method of one's own organisation (the partner)
deleteAgendaTemplate         n    n    y    n    n    n    y    n    n    remove a template of the partner: its own planners
moderateChallenge            n    n    y    n    n    y    y    n    n    approve or hide a challenge from between sessions
moderateIdea                 n    n    y    n    n    y    y    n    n    approve or hide an idea from between sessions
openProjectCall              n    n    y    n    n    y    y    n    n    open a call between sessions
registerForSession           n    n    y    n    n    y    y    n    n    put people on a session's list (personal data)
removeCarriedItem            n    n    y    n    n    y    y    n    n    take a carried item off a board
removeSessionPhoto           n    n    y    n    n    y    y    n    n    remove a photo
saveAgendaTemplate           n    n    y    n    n    n    y    n    n    save an agenda as a template of one's own organisation (the partner)
setSessionMinutes            n    n    y    n    n    y    y    n    n    write the minutes
shareMethod                  n    n    y    n    n    n    y    n    n    share the partner's method: its own planners
signInToCall                 o    o    o    o    o    o    o    o    o    sign in to a call with the codes
updateMethod                 n    n    y    n    n    n    y    n    n    change the partner's method: its own planners
updateSessionPhoto           n    n    y    n    n    y    y    n    n    change a photo's caption
validateMethod               n    n    n    n    y    n    n    n    n    validate a starter method with evidence, for one's evaluation team
`;

// Who reads the answers a participant gave to a questionnaire, written from issue 9: the facilitator "sees the
// response rate live (never the answers of a person)", "the evaluator never sees a pseudonym, a contribution's author
// or an individual answer", and a participant "downloads their data from the phone". Each row is one way an answer
// could come back, probed after A's participant answered on their phone:
//   y  the answer comes back (the item and its value)
//   n  it does not: refused, or answered without it
export const ANSWER_TABLE = `
read                    anon part fac  rev  eval adm  padm prev trans   the probe
myAnswers               n    y    n    n    n    n    n    n    n       the PRE questionnaire of the live session, with the asker's own answers
exportWithAnswers       n    y    n    n    n    n    n    n    n       the participant's data export, asked with the answers
exportWithoutAnswers    n    n    n    n    n    n    n    n    n       the participant's data export as staff download it for them
participantRecord       n    n    n    n    n    n    n    n    n       the participant's record, every field two levels deep
projectIndicators       n    n    n    n    n    n    n    n    n       the indicators of A's project, every field two levels deep
`;

// Who moves a session from one status to another (issue 8): the facilitator plans, opens and closes; a reviewer
// never runs a workshop; nobody sets REVIEWED by hand (the server does it once every strategy has an answer).
// Each probe starts from a fresh session of A's project in the first status.
export const STATUS_TABLE = `
change                       anon part fac  rev  eval adm  padm prev trans
DRAFT → SCHEDULED            n    n    y    n    n    y    y    n    n
SCHEDULED → DRAFT            n    n    y    n    n    y    y    n    n
SCHEDULED → LIVE             n    n    y    n    n    y    y    n    n
LIVE → CLOSED                n    n    y    n    n    y    y    n    n
CLOSED → REVIEWED            n    n    n    n    n    n    n    n    n
`;

export type Expectation = 'y' | 'n' | 'o' | 'e';

const COLUMNS: Record<string, Role> = {
  anon: 'anonymous',
  part: 'participant',
  fac: 'facilitator',
  rev: 'reviewer',
  eval: 'evaluator',
  adm: 'administrator',
  padm: 'partnerAdministrator',
  prev: 'partnerReviewer',
  trans: 'translator',
};

// The table as rows: the first cell names the row, then one cell per role.
export function parseTable(table: string): Map<string, Record<Role, Expectation>> {
  const [header, ...lines] = table.trim().split('\n');
  const columns = (header ?? '')
    .split(/\s+/)
    .slice(1)
    .filter((c) => c in COLUMNS)
    .map((c) => COLUMNS[c]!);
  if (columns.join() !== ROLES.join()) throw new Error(`The table's columns are not the matrix's roles: ${header}`);
  const rows = new Map<string, Record<Role, Expectation>>();
  for (const line of lines) {
    const cells = line.split(/\s+/);
    // "DRAFT → SCHEDULED" is one name in three words.
    const nameWords = cells[1] === '→' ? 3 : 1;
    const name = cells.slice(0, nameWords).join(' ');
    const marks = cells.slice(nameWords, nameWords + ROLES.length);
    if (marks.some((m) => !['y', 'n', 'o', 'e'].includes(m)))
      throw new Error(`Row ${name} has a mark that is not y, n, o or e: ${line}`);
    rows.set(
      name,
      Object.fromEntries(ROLES.map((role, i) => [role, marks[i] as Expectation])) as Record<Role, Expectation>,
    );
  }
  return rows;
}
