import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { ProjectCall } from '../modules/call/project-call.entity.js';
import { Challenge, ContributionStatus } from '../modules/challenge/challenge.entity.js';
import { Idea } from '../modules/idea/idea.entity.js';
import { demoChallengeId } from './challenge.seeder.js';
import { daysAfter, demoCalendar, minutesAfter, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, demoUuid } from './demo-ids.js';
import { demoParticipantId } from './participant.seeder.js';
import { TranslatableField } from '../modules/translation/translatable.js';
import { TextTranslation } from '../modules/translation/translation.entity.js';
import { createMissing, translationRows } from './seed-support.js';

export const demoBetweenSessionsChallengeId = demoUuid('challenge', 100);
export const demoWaitingChallengeId = demoUuid('challenge', 101);
export const demoWaitingIdeaId = demoUuid('idea', 100);

// Between the first and the second session the project asked what was still missing. One challenge was approved
// (and carried into the second session); a challenge and an idea still wait for a facilitator.
export class CallSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const { calendar } = context;
    const opened = minutesAfter(daysAfter(calendar.pastSession, 2), 60);
    const closed = minutesAfter(calendar.liveSession, -24 * 60);
    await createMissing(em, ProjectCall, [
      {
        id: DEMO_IDS.call,
        project: DEMO_IDS.project,
        prompt: 'Wat loopt er nog mis in de buurt, en wat zou helpen? Schrijf het hier, in je eigen taal.',
        code: null,
        openedAt: opened,
        closedAt: closed,
        createdAt: opened,
        updatedAt: closed,
      },
    ]);
    const at = (days: number) => daysAfter(opened, days);
    await createMissing(em, Challenge, [
      {
        id: demoBetweenSessionsChallengeId,
        project: DEMO_IDS.project,
        session: null,
        call: DEMO_IDS.call,
        author: demoParticipantId('Hodan'),
        // A facilitator made it readable before approving it; what Hodan typed on her phone is kept.
        text: 'There is no safe place to park a bike near the station: bikes are stolen every week.',
        originalText: 'no safe place for bike at station, every week bikes stolen',
        language: 'en',
        status: ContributionStatus.VISIBLE,
        createdAt: at(6),
        updatedAt: at(8),
      },
      {
        id: demoWaitingChallengeId,
        project: DEMO_IDS.project,
        session: null,
        call: DEMO_IDS.call,
        author: demoParticipantId('Yonas'),
        text: 'The playground near the school has been broken since the storm; the children play in the street.',
        language: 'en',
        status: ContributionStatus.PENDING,
        createdAt: at(17),
        updatedAt: at(17),
      },
    ]);
    await createMissing(em, Idea, [
      {
        id: demoWaitingIdeaId,
        challenge: demoChallengeId('last-bus'),
        project: DEMO_IDS.project,
        session: null,
        call: DEMO_IDS.call,
        author: demoParticipantId('Farid'),
        text: 'Een deelauto voor wie nachtdiensten draait, te boeken via het buurthuis.',
        language: 'nl',
        status: ContributionStatus.PENDING,
        createdAt: at(20),
        updatedAt: at(20),
      },
    ]);
    await em.flush();
    // The approved challenge's translation, for those who read Dutch (the text of a call has no session).
    await createMissing(
      em,
      TextTranslation,
      translationRows(
        TranslatableField.CHALLENGE_TEXT,
        [
          {
            subjectId: demoBetweenSessionsChallengeId,
            projectId: DEMO_IDS.project,
            sessionId: null,
            translations: {
              nl: 'Je kunt je fiets nergens veilig stallen bij het station: elke week worden er fietsen gestolen.',
            },
          },
        ],
        3001,
      ),
    );
  }
}
