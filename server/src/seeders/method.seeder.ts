import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Method, MethodValidation } from '../modules/method/method.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Session } from '../modules/session/session.entity.js';
import { daysAfter, demoCalendar, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, demoUuid } from './demo-ids.js';

// The research group looked at the first session and found the world café and dot voting worked well for everyone:
// their validations, with the evidence, stand next to the methods in the library.
export class MethodSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const id = demoUuid('methodValidation', 1);
    if (await em.count(MethodValidation, { id })) return;
    // The starter library is loaded at every start, before the demo (method/method.library.ts).
    const method = await em.findOne(Method, { key: 'dot-voting' });
    if (!method) return;
    const at = daysAfter(context.calendar.pastSession, 21);
    const validation = em.create(MethodValidation, {
      id,
      method,
      organisation: em.getReference(Organisation, DEMO_IDS.organisations.onderzoeksgroep),
      note:
        'Stemmen met stippen op de gsm én op papier liet iedereen meestemmen, ook wie geen smartphone heeft: ' +
        'papieren en digitale stippen verschilden niet per groep.',
      indicators: ['Deelname aan de stemming per groep', 'Terugkerende deelnemers'],
      createdAt: at,
      updatedAt: at,
    });
    validation.sessions.set([em.getReference(Session, DEMO_IDS.sessions.past)]);
  }
}
