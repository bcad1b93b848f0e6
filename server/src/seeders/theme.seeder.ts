import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { PhaseKind } from '../modules/session/session.entity.js';
import { Theme } from '../modules/theme/theme.entity.js';
import { demoCalendar, minutesAfter, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, demoUuid } from './demo-ids.js';
import { createMissing } from './seed-support.js';
import { demoPhaseOfKind, demoSessionStart } from './session.seeder.js';

// The clusters the first session grouped its challenges into, and those the live session made for its own.
export const demoThemes = [
  { key: 'safety', title: 'Veiligheid en verlichting', session: 'past' },
  { key: 'services', title: 'Stadsdiensten: openingsuren en taal', session: 'past' },
  { key: 'meeting', title: 'Sport en ontmoeting', session: 'past' },
  { key: 'mobility', title: 'Mobiliteit naar het werk', session: 'past' },
  { key: 'squares', title: 'Pleinen en markten', session: 'live' },
  { key: 'youth', title: 'Jongeren en school', session: 'live' },
] as const;

export type DemoThemeKey = (typeof demoThemes)[number]['key'];

export const demoThemeId = (key: DemoThemeKey): string =>
  demoUuid('theme', demoThemes.findIndex((t) => t.key === key) + 1);

export class ThemeSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    await createMissing(
      em,
      Theme,
      demoThemes.map((theme) => {
        // Made during the clustering phase, 35 minutes in.
        const at = minutesAfter(demoSessionStart(context.calendar, theme.session), 35 + (theme.title.length % 5));
        return {
          id: demoThemeId(theme.key),
          session: DEMO_IDS.sessions[theme.session],
          phase: demoPhaseOfKind(theme.session, PhaseKind.CLUSTERING),
          title: theme.title,
          position: demoThemes.filter((t) => t.session === theme.session).indexOf(theme),
          createdAt: at,
          updatedAt: at,
        };
      }),
    );
  }
}
