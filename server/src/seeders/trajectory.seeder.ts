import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { CarriedItem, CarriedKind } from '../modules/trajectory/carried-item.entity.js';
import { demoChallengeId, demoChallenges } from './challenge.seeder.js';
import { demoCalendar, minutesAfter, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, demoUuid } from './demo-ids.js';
import { createMissing } from './seed-support.js';
import { demoThemeId, type DemoThemeKey } from './theme.seeder.js';
import { demoBetweenSessionsChallengeId } from './call.seeder.js';

// The second session works from the first: the facilitator carried two of its themes (with their challenges), the
// library's opening hours on its own, and a challenge contributed between the sessions.
export const demoCarriedThemes: readonly DemoThemeKey[] = ['safety', 'mobility'];
export const demoCarriedChallenges = ['library-hours'] as const;

export class TrajectorySeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    // Picked while planning, the day before the session.
    const at = minutesAfter(context.calendar.liveSession, -20 * 60);
    const live = DEMO_IDS.sessions.live;
    let n = 0;
    const row = (values: Partial<CarriedItem> & { kind: CarriedKind }) => ({
      id: demoUuid('carriedItem', ++n),
      session: live,
      withTheme: false,
      createdAt: minutesAfter(at, n),
      updatedAt: minutesAfter(at, n),
      ...values,
    });
    const rows = [
      ...demoCarriedThemes.flatMap((theme) => [
        row({ kind: CarriedKind.THEME, theme: demoThemeId(theme) as never }),
        // A theme brings the challenges shown in it.
        ...demoChallenges
          .filter((c) => c.theme === theme && c.session === 'past' && !c.status)
          .map((c) =>
            row({ kind: CarriedKind.CHALLENGE, challenge: demoChallengeId(c.key) as never, withTheme: true }),
          ),
      ]),
      ...demoCarriedChallenges.map((key) =>
        row({ kind: CarriedKind.CHALLENGE, challenge: demoChallengeId(key) as never }),
      ),
      row({ kind: CarriedKind.CHALLENGE, challenge: demoBetweenSessionsChallengeId as never }),
    ];
    await createMissing(em, CarriedItem, rows);
  }
}
