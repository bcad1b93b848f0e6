import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Theme } from '../modules/theme/theme.entity.js';
import { demoCalendar, minutesAfter, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, demoUuid } from './demo-ids.js';
import { createMissing } from './seed-support.js';

// The clusters the first session grouped its challenges into.
export const demoThemes = [
  { key: 'safety', title: 'Veiligheid en verlichting' },
  { key: 'services', title: 'Stadsdiensten: openingsuren en taal' },
  { key: 'meeting', title: 'Sport en ontmoeting' },
  { key: 'mobility', title: 'Mobiliteit naar het werk' },
] as const;

export type DemoThemeKey = (typeof demoThemes)[number]['key'];

export const demoThemeId = (key: DemoThemeKey): string =>
  demoUuid('theme', demoThemes.findIndex((t) => t.key === key) + 1);

export class ThemeSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    // Made during the clustering phase, 35 minutes in.
    const at = minutesAfter(context.calendar.pastSession, 35);
    await createMissing(
      em,
      Theme,
      demoThemes.map((theme, position) => ({
        id: demoThemeId(theme.key),
        session: DEMO_IDS.sessions.past,
        title: theme.title,
        position,
        createdAt: at,
        updatedAt: at,
      })),
    );
  }
}
