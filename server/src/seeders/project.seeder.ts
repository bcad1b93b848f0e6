import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { PartnerRole, Project, ProjectPartner } from '../modules/project/project.entity.js';
import { daysAfter, demoCalendar, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, demoUuid } from './demo-ids.js';
import { createMissing } from './seed-support.js';

export const demoProject = {
  id: DEMO_IDS.project,
  promoter: DEMO_IDS.organisations.mechelen,
  title: 'Samen aan tafel in Mechelen',
  description:
    'Bewoners met en zonder migratieachtergrond zoeken samen met de stad naar oplossingen voor wat in hun buurt ' +
    'niet goed loopt. In drie werksessies benoemen ze uitdagingen, bedenken ze ideeën en werken ze de beste uit ' +
    'tot strategieën waarop de gemeente antwoordt.',
  goals: [
    'Derdelanders nemen vaker en blijvend deel aan het lokale beleid.',
    'Nieuwe en oude Mechelaars leren elkaars vragen kennen en werken er samen aan.',
    'De gemeente beantwoordt elke strategie binnen drie maanden, met een reden.',
    'Deelnemers groeien in burgerschapscompetenties; het onderzoeksteam meet dat voor en na.',
  ],
  grantEuros: 185_000,
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
  // The demo shows what the public sees: its outcome pages are on (a new project starts with them off).
  outcomesPublic: true,
};

export const demoProjectPartners = [
  {
    id: demoUuid('projectPartner', 1),
    organisation: DEMO_IDS.organisations.buurtwerk,
    role: PartnerRole.PARTNER_ACTOR,
  },
  {
    id: demoUuid('projectPartner', 2),
    organisation: DEMO_IDS.organisations.vrouwenVanDeWereld,
    role: PartnerRole.SELF_ORGANISATION,
  },
  {
    id: demoUuid('projectPartner', 3),
    organisation: DEMO_IDS.organisations.onderzoeksgroep,
    role: PartnerRole.EVALUATION_TEAM,
  },
] as const;

export class ProjectSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const created = daysAfter(context.calendar.today, -90);
    await createMissing(em, Project, [{ ...demoProject, createdAt: created, updatedAt: created }]);
    await createMissing(
      em,
      ProjectPartner,
      demoProjectPartners.map((p) => ({ ...p, project: demoProject.id, createdAt: created, updatedAt: created })),
    );
  }
}
