import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { MunicipalityResponse, ResponseDecision } from '../modules/review/municipality-response.entity.js';
import { ProgressStatus, StrategyUpdate } from '../modules/review/strategy-update.entity.js';
import { TranslatableField } from '../modules/translation/translatable.js';
import { TextTranslation } from '../modules/translation/translation.entity.js';
import { daysAfter, demoCalendar, minutesAfter, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, demoUuid } from './demo-ids.js';
import { createMissing, translationRows } from './seed-support.js';
import { demoStrategies, demoStrategyActionId } from './strategy.seeder.js';

// The municipality's answers, three to four weeks after the session: one of each decision. The bus is under
// study, so the session still waits for a decision and is not yet reviewed; the forms strategy is not answered.
export const demoResponses = [
  {
    id: DEMO_IDS.responses.park,
    strategy: DEMO_IDS.strategies.park,
    decision: ResponseDecision.PARTLY_ADOPTED,
    reason:
      'De stad plaatst verlichting langs het hoofdpad en aan de ingang, en steunt de avondwandelingen met materiaal ' +
      'en de inzet van de wijkagent. QR-codes op elke lantaarnpaal zijn nu te duur voor wat ze opleveren; kapotte ' +
      'lampen melden kan voortaan wel via het meldpunt van de stad, in het Nederlands, Engels, Frans en Arabisch.',
    translations: {
      en:
        'The city puts lights along the main path and at the entrance, and supports the evening walks with equipment ' +
        'and the neighbourhood police officer. QR codes on every lamp post cost too much for what they bring for now; ' +
        "broken lights can be reported through the city's report desk in Dutch, English, French and Arabic.",
    },
    responsible: 'Dienst Openbaar Domein, met Buurtwerk Dijlekant vzw',
    plannedFor: '2027-04-30',
    day: 28,
  },
  {
    id: DEMO_IDS.responses.bus,
    strategy: DEMO_IDS.strategies.bus,
    decision: ResponseDecision.UNDER_STUDY,
    reason:
      'De stad onderzoekt met de vervoersmaatschappij wat extra ritten om 5 en 22 uur kosten, en vraagt de bedrijven ' +
      'van de industriezone of ze een pendelbus willen delen. Het besluit volgt na die gesprekken.',
    translations: {
      en:
        'The city is looking into what extra rides at 5 am and 10 pm would cost with the transport company, and asks ' +
        'the companies of the industrial zone whether they want to share a shuttle. The decision follows those talks.',
    },
    responsible: 'Schepen van Mobiliteit',
    plannedFor: null,
    day: 26,
  },
  {
    id: DEMO_IDS.responses.library,
    strategy: DEMO_IDS.strategies.library,
    decision: ResponseDecision.ADOPTED,
    reason: null,
    translations: {},
    responsible: 'Stadsbibliotheek Mechelen',
    plannedFor: '2027-01-07',
    day: 21,
  },
  {
    id: DEMO_IDS.responses.meetingRoom,
    strategy: DEMO_IDS.strategies.meetingRoom,
    decision: ResponseDecision.DECLINED,
    reason:
      'De winkel aan het plein is verkocht en wordt woningen. De stad huurt geen tweede ruimte in de wijk: het ' +
      'buurtcentrum is voortaan elke woensdag- en zaterdagnamiddag vrij open, zonder iets te moeten kopen.',
    translations: {
      en:
        'The shop on the square has been sold and will become homes. The city will not rent a second room in the ' +
        'neighbourhood: the community centre is now open to everyone every Wednesday and Saturday afternoon, without ' +
        'having to buy anything.',
    },
    responsible: 'Dienst Samenleven',
    plannedFor: null,
    day: 24,
  },
] as const;

const parkIndex = demoStrategies.findIndex((s) => s.id === DEMO_IDS.strategies.park);
const libraryIndex = demoStrategies.findIndex((s) => s.id === DEMO_IDS.strategies.library);

// What came of them so far: the park's timeline has three updates, the library's one.
export const demoUpdates = [
  {
    id: demoUuid('strategyUpdate', 1),
    strategy: DEMO_IDS.strategies.park,
    action: null,
    status: ProgressStatus.PLANNED,
    text:
      'De werken aan de verlichting starten in maart 2027. In werksessie 3 licht de schepen van Openbaar Domein het ' +
      'plan toe.',
    translations: {
      en: 'Work on the lights starts in March 2027. In workshop 3 the alderman for Public Space explains the plan.',
    },
    link: null,
    day: 29,
  },
  {
    id: demoUuid('strategyUpdate', 2),
    strategy: DEMO_IDS.strategies.park,
    action: demoStrategyActionId(parkIndex, 1),
    status: ProgressStatus.DONE,
    text: 'De eerste avondwandeling is gelopen: 23 buren, twee buurtwerkers en de wijkagent. De volgende is op de eerste donderdag van de maand.',
    translations: {
      en: 'The first evening walk took place: 23 neighbours, two community workers and the police officer. The next is on the first Thursday of the month.',
    },
    link: null,
    day: 33,
  },
  {
    id: demoUuid('strategyUpdate', 3),
    strategy: DEMO_IDS.strategies.park,
    action: demoStrategyActionId(parkIndex, 0),
    status: ProgressStatus.IN_PROGRESS,
    text: 'De aannemer is gekozen; de palen langs het hoofdpad worden in de eerste week van maart geplaatst.',
    translations: {
      en: 'The contractor has been chosen; the posts along the main path go up in the first week of March.',
    },
    link: 'https://www.mechelen.be/',
    day: 40,
  },
  {
    id: demoUuid('strategyUpdate', 4),
    strategy: DEMO_IDS.strategies.library,
    action: demoStrategyActionId(libraryIndex, 0),
    status: ProgressStatus.IN_PROGRESS,
    text: 'De nieuwe openingsuren zijn goedgekeurd; de bibliotheek zoekt de twee extra medewerkers.',
    translations: {
      en: 'The new opening hours have been approved; the library is hiring the two extra staff.',
    },
    link: null,
    day: 35,
  },
] as const;

export class ReviewSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    // Answered in the morning, the given number of days after the session.
    const on = (day: number) => minutesAfter(daysAfter(context.calendar.pastSession, day), -7 * 60);
    await createMissing(
      em,
      MunicipalityResponse,
      demoResponses.map(({ day, translations: _translations, ...r }) => ({
        ...r,
        language: 'nl',
        respondedAt: on(day),
        decidedAt: r.decision === ResponseDecision.UNDER_STUDY ? null : on(day),
        createdAt: on(day),
        updatedAt: on(day),
      })),
    );
    await createMissing(
      em,
      StrategyUpdate,
      demoUpdates.map(({ day, translations: _translations, ...u }) => ({
        ...u,
        language: 'nl',
        at: on(day),
        createdAt: on(day),
        updatedAt: on(day),
      })),
    );
    // Their translations, in the one store of translations.
    const inPastSession = { projectId: DEMO_IDS.project, sessionId: DEMO_IDS.sessions.past };
    await createMissing(em, TextTranslation, [
      ...translationRows(
        TranslatableField.RESPONSE_REASON,
        demoResponses.map((r) => ({ subjectId: r.id, ...inPastSession, translations: r.translations })),
        2001,
      ),
      ...translationRows(
        TranslatableField.STRATEGY_UPDATE_TEXT,
        demoUpdates.map((u) => ({ subjectId: u.id, ...inPastSession, translations: u.translations })),
        2101,
      ),
    ]);
  }
}
