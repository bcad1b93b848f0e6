import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { MunicipalityResponse, ResponseDecision } from '../modules/review/municipality-response.entity.js';
import { daysAfter, demoCalendar, minutesAfter, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS } from './demo-ids.js';
import { createMissing } from './seed-support.js';

// The municipality's answer to the park strategy, four weeks after the session.
export const demoResponses = [
  {
    id: DEMO_IDS.response,
    strategy: DEMO_IDS.strategies.park,
    decision: ResponseDecision.PARTLY_ADOPTED,
    reason:
      'De stad plaatst verlichting langs het hoofdpad en aan de ingang, en steunt de avondwandelingen met materiaal ' +
      'en de inzet van de wijkagent. QR-codes op elke lantaarnpaal zijn nu te duur voor wat ze opleveren; kapotte ' +
      'lampen melden kan voortaan wel via het meldpunt van de stad, in het Nederlands, Engels, Frans en Arabisch.',
    followUp:
      'De werken aan de verlichting starten in maart 2027. In werksessie 3 licht de schepen van Openbaar Domein ' +
      'het plan toe, en de eerste avondwandeling is gepland voor de eerste donderdag van de maand.',
  },
] as const;

export class ReviewSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const respondedAt = minutesAfter(daysAfter(context.calendar.pastSession, 28), -7 * 60);
    await createMissing(
      em,
      MunicipalityResponse,
      demoResponses.map((r) => ({ ...r, respondedAt, createdAt: respondedAt, updatedAt: respondedAt })),
    );
  }
}
