import type { RequiredEntityData } from '@mikro-orm/core';
import type { MikroORM } from '../../core/orm.js';
import { Challenge, ContributionStatus } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import {
  Attendance,
  Background,
  Consent,
  ConsentMethod,
  ConsentPurpose,
  Participant,
  newPersonalCode,
} from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';
import { MunicipalityResponse, ResponseDecision } from '../review/municipality-response.entity.js';
import { ProgressStatus, StrategyUpdate } from '../review/strategy-update.entity.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { Strategy, StrategyAction, StrategyStatus } from '../strategy/strategy.entity.js';
import { Theme } from '../theme/theme.entity.js';
import { TextTranslation, TranslationOrigin } from '../translation/translation.entity.js';
import { Vote, VoteTarget, VotingRound } from '../vote/vote.entity.js';

// What a project leaves behind, with everything the public pages must leave out beside what they show. Texts are
// named for what they are, so that a test reads which ones may show.
export interface OutcomeFixture {
  projectId: string;
  municipalityId: string;
  closedSessionId: string;
  liveSessionId: string;
  draftSessionId: string;
  themeId: string;
  // Shown: a challenge in the theme, one without a theme, their idea, the answered strategy and its timeline.
  shown: { themedChallengeId: string; unthemedChallengeId: string; ideaId: string; strategyId: string };
  updateIds: string[];
  actionIds: string[];
  // Every personal thing of the fixture: none may appear on a public page.
  personal: string[];
  // Texts that must never appear on a public page.
  neverShown: Record<string, string>;
  // Amina wrote the themed challenge and the idea, came to the closed session and keeps her card.
  amina: { id: string; personalCode: string };
  // Bram withdrew his consent to take part; what he wrote never shows.
  bram: { id: string; personalCode: string };
}

export async function createOutcomeFixture(
  orm: MikroORM,
  options: { title?: string; outcomesPublic?: boolean } = {},
): Promise<OutcomeFixture> {
  const title = options.title ?? 'Samen aan tafel';
  const em = orm.em.fork();
  const municipality = em.create(Organisation, { name: `Gemeente ${title}`, kind: OrganisationKind.MUNICIPALITY });
  const project = em.create(Project, {
    title,
    promoter: municipality,
    description: 'Bewoners en de stad zoeken samen naar oplossingen.',
    goals: ['Meer inspraak'],
    grantEuros: 150_000,
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
    outcomesPublic: options.outcomesPublic ?? true,
  });
  const session = (name: string, status: SessionStatus, startsAt: string) =>
    em.create(Session, {
      project,
      title: name,
      startsAt: new Date(startsAt),
      location: 'Buurthuis De Brug',
      capacity: 30,
      languages: ['nl', 'ar', 'en'],
      status,
    });
  const closed = session('Eerste werksessie', SessionStatus.CLOSED, '2026-10-10T17:30:00Z');
  const live = session('Tweede werksessie', SessionStatus.LIVE, '2026-11-20T17:30:00Z');
  const draft = session('Geheime planning', SessionStatus.DRAFT, '2027-01-15T17:30:00Z');

  const person = (pseudonym: string, personalCode: string, background: Background) =>
    em.create(Participant, { project, pseudonym, personalCode, background, languages: ['nl', 'ar'] });
  const amina = person('Amina Pseudoniem', newPersonalCode(), Background.THIRD_COUNTRY_NATIONAL);
  const bram = person('Bram Pseudoniem', newPersonalCode(), Background.HOST_COMMUNITY);
  const consent = (participant: Participant, withdrawnAt: Date | null) =>
    em.create(Consent, {
      participant,
      purpose: ConsentPurpose.PARTICIPATION,
      textVersion: '2026-01',
      method: ConsentMethod.ON_SCREEN,
      givenAt: new Date('2026-10-10T17:20:00Z'),
      withdrawnAt,
    });
  consent(amina, null);
  consent(bram, new Date('2026-10-20T09:00:00Z'));
  em.create(Attendance, { session: closed, participant: amina });
  em.create(Attendance, { session: closed, participant: bram });
  em.create(Attendance, { session: live, participant: amina });

  const theme = em.create(Theme, { session: closed, title: 'Veiligheid', position: 0 });
  const challenge = (text: string, rest: Partial<RequiredEntityData<Challenge>> = {}) =>
    em.create(Challenge, { project: closed.project, session: closed, text, language: 'nl', ...rest });
  const themed = challenge('Het park is donker', {
    theme,
    author: amina,
    language: 'ar',
    text: 'الحديقة مظلمة',
  });
  const unthemed = challenge('Geen bankjes op het plein');
  const merged = challenge('Het park is eng bij nacht', {
    theme,
    status: ContributionStatus.MERGED,
    mergedInto: themed,
  });
  const hidden = challenge('Een verborgen bericht vol scheldwoorden', { status: ContributionStatus.HIDDEN });
  const withdrawn = challenge('Wat Bram schreef over de bibliotheek', { theme, author: bram });
  em.create(Challenge, {
    project: live.project,
    session: live,
    text: 'Nog op het bord van de live sessie',
    language: 'nl',
  });
  em.create(Challenge, {
    project: draft.project,
    session: draft,
    text: 'Iets uit een sessie in voorbereiding',
    language: 'nl',
  });

  const idea = em.create(Idea, {
    challenge: themed,
    project: themed.project,
    session: themed.session,
    author: amina,
    text: 'Lampen langs het pad',
    language: 'nl',
  });
  const hiddenIdea = em.create(Idea, {
    challenge: themed,
    project: themed.project,
    session: themed.session,
    text: 'Een verborgen idee',
    language: 'nl',
    status: ContributionStatus.HIDDEN,
  });
  const brams = em.create(Idea, {
    challenge: unthemed,
    project: unthemed.project,
    session: unthemed.session,
    author: bram,
    text: 'Het idee van Bram',
    language: 'nl',
  });

  const round = em.create(VotingRound, {
    session: closed,
    title: 'Wat eerst?',
    target: VoteTarget.CHALLENGES,
    dotsPerParticipant: 3,
  });
  em.create(Vote, { round, participant: amina, challenge: themed, dots: 3 });

  const strategy = em.create(Strategy, {
    session: closed,
    title: 'Een verlicht park',
    description: 'Meer licht en meer volk in het park.',
    status: StrategyStatus.ANSWERED,
    submittedAt: new Date('2026-10-17T10:00:00Z'),
  });
  strategy.ideas.set([idea, hiddenIdea, brams]);
  const actions = ['Lampen plaatsen', 'Een avondwandeling'].map((what, position) =>
    em.create(StrategyAction, { strategy, position, what, who: 'Dienst Openbaar Domein', due: 'Voorjaar 2027' }),
  );
  const response = em.create(MunicipalityResponse, {
    strategy,
    decision: ResponseDecision.PARTLY_ADOPTED,
    reason: 'De lampen komen er; de wandeling steunt de stad met materiaal.',
    responsible: 'Dienst Openbaar Domein',
    plannedFor: '2027-03-31',
    respondedAt: new Date('2026-11-01T09:00:00Z'),
    decidedAt: new Date('2026-11-01T09:00:00Z'),
  });
  const updates = [
    em.create(StrategyUpdate, {
      strategy,
      status: ProgressStatus.PLANNED,
      text: 'De werken starten in maart.',
      language: 'nl',
      at: new Date('2026-11-02T09:00:00Z'),
    }),
    em.create(StrategyUpdate, {
      strategy,
      action: actions[1],
      status: ProgressStatus.DONE,
      text: 'De eerste wandeling is gelopen.',
      language: 'nl',
      link: 'https://example.org/wandeling',
      at: new Date('2026-11-10T09:00:00Z'),
    }),
  ];
  const draftStrategy = em.create(Strategy, {
    session: closed,
    title: 'Een strategie in ontwerp',
    description: 'Nog niet naar de gemeente.',
  });
  // Translations people wrote, in the one store of translations.
  const translate = (field: string, subjectId: string, language: string, text: string) =>
    em.create(TextTranslation, { field, subjectId, project, session: closed, language, text });
  translate('CHALLENGE_TEXT', themed.id, 'nl', 'Het park is donker');
  translate('CHALLENGE_TEXT', themed.id, 'en', 'The park is dark');
  translate('IDEA_TEXT', idea.id, 'en', 'Lights along the path');
  translate('RESPONSE_REASON', response.id, 'en', 'The lights will come; the city supports the walk with equipment.');
  translate('STRATEGY_UPDATE_TEXT', updates[1]!.id, 'en', 'The first walk took place.');
  // A machine draft nobody approved yet: never shown to the public.
  em.create(TextTranslation, {
    field: 'STRATEGY_UPDATE_TEXT',
    subjectId: updates[1]!.id,
    project,
    session: closed,
    language: 'fr',
    text: 'La première promenade a eu lieu.',
    origin: TranslationOrigin.MACHINE,
  });
  await em.flush();

  return {
    projectId: project.id,
    municipalityId: municipality.id,
    closedSessionId: closed.id,
    liveSessionId: live.id,
    draftSessionId: draft.id,
    themeId: theme.id,
    shown: { themedChallengeId: themed.id, unthemedChallengeId: unthemed.id, ideaId: idea.id, strategyId: strategy.id },
    updateIds: updates.map((u) => u.id),
    actionIds: actions.map((a) => a.id),
    personal: [
      amina.id,
      bram.id,
      amina.pseudonym,
      bram.pseudonym,
      amina.personalCode!,
      bram.personalCode!,
      'THIRD_COUNTRY_NATIONAL',
      'HOST_COMMUNITY',
    ],
    neverShown: {
      merged: merged.text,
      hidden: hidden.text,
      withdrawn: withdrawn.text,
      hiddenIdea: hiddenIdea.text,
      withdrawnIdea: brams.text,
      live: 'Nog op het bord van de live sessie',
      draftSessionChallenge: 'Iets uit een sessie in voorbereiding',
      draftSession: draft.title,
      draftStrategy: draftStrategy.title,
    },
    amina: { id: amina.id, personalCode: amina.personalCode! },
    bram: { id: bram.id, personalCode: bram.personalCode! },
  };
}
