import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Organisation, OrganisationKind } from '../modules/organisation/organisation.entity.js';
import { daysAfter, demoCalendar, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS } from './demo-ids.js';
import { createMissing } from './seed-support.js';

const ids = DEMO_IDS.organisations;

export const demoOrganisations = [
  { id: ids.mechelen, name: 'Gemeente Mechelen', kind: OrganisationKind.MUNICIPALITY, locality: 'Mechelen' },
  { id: ids.buurtwerk, name: 'Buurtwerk Dijlekant vzw', kind: OrganisationKind.PARTNER_ACTOR, locality: 'Mechelen' },
  {
    id: ids.vrouwenVanDeWereld,
    name: 'Vrouwen van de Wereld vzw',
    kind: OrganisationKind.SELF_ORGANISATION,
    locality: 'Mechelen',
  },
  {
    id: ids.onderzoeksgroep,
    name: 'Onderzoeksgroep Gedeeld Burgerschap',
    kind: OrganisationKind.EVALUATION_TEAM,
    locality: 'Leuven',
  },
] as const;

export class OrganisationSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const registered = daysAfter(context.calendar.today, -120);
    await createMissing(
      em,
      Organisation,
      demoOrganisations.map((o) => ({ ...o, createdAt: registered, updatedAt: registered })),
    );
  }
}
