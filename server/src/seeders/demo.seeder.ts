import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { CallSeeder } from './call.seeder.js';
import { ChallengeSeeder } from './challenge.seeder.js';
import { DemoAccountSeeder } from './demo-accounts.seeder.js';
import { demoCalendar, type DemoContext } from './demo-calendar.js';
import { IdeaSeeder } from './idea.seeder.js';
import { MethodSeeder } from './method.seeder.js';
import { MinutesSeeder } from './minutes.seeder.js';
import { OrganisationSeeder } from './organisation.seeder.js';
import { ParticipantSeeder } from './participant.seeder.js';
import { ProjectSeeder } from './project.seeder.js';
import { QuestionnaireSeeder } from './questionnaire.seeder.js';
import { ReviewSeeder } from './review.seeder.js';
import { SessionSeeder } from './session.seeder.js';
import { StrategySeeder } from './strategy.seeder.js';
import { ThemeSeeder } from './theme.seeder.js';
import { TrajectorySeeder } from './trajectory.seeder.js';
import { VoteSeeder } from './vote.seeder.js';

// One seeder per feature, in the order their rows depend on each other.
export const demoFeatureSeeders = [
  OrganisationSeeder,
  ProjectSeeder,
  DemoAccountSeeder,
  SessionSeeder,
  ParticipantSeeder,
  QuestionnaireSeeder,
  ThemeSeeder,
  ChallengeSeeder,
  IdeaSeeder,
  VoteSeeder,
  CallSeeder,
  TrajectorySeeder,
  StrategySeeder,
  ReviewSeeder,
  MinutesSeeder,
  MethodSeeder,
];

// The Mechelen example: a project with three sessions that build on each other, forty participants and what they
// made, a call between the sessions, minutes and photos, and a validated method.
// Every feature seeder only adds rows that are missing, so running this again changes nothing.
export class DemoSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    // One transaction, so a failure halfway leaves no half demo behind. Not `this.call`: it forks
    // an entity manager per seeder, and a fork does not share the transaction.
    await em.transactional(async (tx) => {
      for (const FeatureSeeder of demoFeatureSeeders) {
        await new FeatureSeeder().run(tx, context);
        await tx.flush();
      }
    });
  }
}
