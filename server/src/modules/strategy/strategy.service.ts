import { msg } from '../../core/i18n/messages.js';
import { LockMode, QueryOrder } from '@mikro-orm/core';
import { DomainError, ErrorCode, badInput, notFound } from '../../core/errors.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { isUuid } from '../../core/uuid.js';
import { ContributionStatus } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { SessionEventType } from '../live/live.entity.js';
import { publishCreated, publishSessionEvent } from '../live/live.service.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { getSession } from '../session/session.service.js';
import { Strategy, StrategyAction, StrategyStatus } from './strategy.entity.js';
import {
  MAX_ACTIONS_PER_STRATEGY,
  type AddStrategyActionInput,
  type CreateStrategyInput,
  type RemoveStrategyActionInput,
  type ReorderStrategyActionsInput,
  type SubmitStrategyInput,
  type UpdateStrategyActionInput,
  type UpdateStrategyInput,
} from './strategy.input.js';

// Strategies are drafted from what a session produced: while it runs, or afterwards.
const SESSION_STATUSES_FOR_STRATEGIES = new Set([SessionStatus.LIVE, SessionStatus.CLOSED]);

export function getStrategy(em: EntityManager, id: string): Promise<Strategy> {
  return getById(em, Strategy, id, 'strategy');
}

export function getStrategyAction(em: EntityManager, id: string): Promise<StrategyAction> {
  return getById(em, StrategyAction, id, 'strategyAction');
}

// Loads a strategy and locks its row until the transaction ends, so that two people changing
// the same strategy at once (its actions' positions, its status) take turns instead of clashing.
export async function lockStrategy(tx: EntityManager, id: string): Promise<Strategy> {
  const strategy = isUuid(id) ? await tx.findOne(Strategy, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!strategy) throw notFound('strategy', id);
  return strategy;
}

// The strategies of many projects, oldest submission first: what waits longest for an answer
// comes on top; drafts, which have no submission date yet, come last.
export async function listStrategiesOfProjects(
  em: EntityManager,
  projectIds: readonly string[],
  status?: StrategyStatus | null,
): Promise<Map<string, Strategy[]>> {
  const rows = await em.find(
    Strategy,
    { session: { project: { $in: [...projectIds] } }, ...(status ? { status } : {}) },
    {
      populate: ['session'],
      orderBy: { submittedAt: QueryOrder.ASC_NULLS_LAST, createdAt: QueryOrder.ASC, id: QueryOrder.ASC },
    },
  );
  const byProject = new Map<string, Strategy[]>(projectIds.map((id) => [id, []]));
  for (const row of rows) byProject.get(row.session.getEntity().project.id)?.push(row);
  return byProject;
}

const byWriting = (a: Idea, b: Idea): number =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

// The ideas linked to each of many strategies, in the order they were written.
export async function listIdeasOfStrategies(
  em: EntityManager,
  strategyIds: readonly string[],
): Promise<Map<string, Idea[]>> {
  const strategies = await em.find(Strategy, { id: { $in: [...strategyIds] } }, { populate: ['ideas'] });
  // Sorted here: a collection the request has just changed is already loaded and keeps its own order.
  return new Map(strategies.map((strategy) => [strategy.id, strategy.ideas.getItems().toSorted(byWriting)]));
}

function assertSessionAcceptsStrategies(session: Session): void {
  if (!SESSION_STATUSES_FOR_STRATEGIES.has(session.status)) {
    throw new DomainError(
      ErrorCode.SESSION_NOT_OPEN,
      msg('errors:strategy.sessionNotOpen', { status: msg(`common:status.${session.status}`) }),
      { status: session.status },
    );
  }
}

function assertEditable(strategy: Strategy): void {
  if (strategy.status !== StrategyStatus.DRAFT) {
    throw new DomainError(
      ErrorCode.STRATEGY_NOT_EDITABLE,
      msg('errors:strategy.notEditable', { title: strategy.title }),
      { status: strategy.status },
    );
  }
}

function requiredText(value: string, field: string, min: number): string {
  const text = value.trim();
  if (text.length < min) throw badInput(msg('errors:strategy.textTooShort', { field, min }), field);
  return text;
}

// The ideas a strategy may build on: visible ideas answering challenges of the same session.
async function findSessionIdeas(tx: EntityManager, sessionId: string, ideaIds: readonly string[]): Promise<Idea[]> {
  const wanted = [...new Set(ideaIds)];
  if (!wanted.length) return [];
  const valid = wanted.filter(isUuid);
  const ideas = valid.length ? await tx.find(Idea, { id: { $in: valid }, challenge: { session: sessionId } }) : [];
  const found = new Set(ideas.map((idea) => idea.id));
  const strangers = wanted.filter((id) => !found.has(id));
  if (strangers.length) {
    throw badInput(msg('errors:strategy.ideasElsewhere', { ids: strangers.join(', ') }), 'ideaIds');
  }
  const unseen = ideas.filter((idea) => idea.status !== ContributionStatus.VISIBLE);
  if (unseen.length) {
    throw badInput(msg('errors:strategy.ideasHidden', { ids: unseen.map((i) => i.id).join(', ') }), 'ideaIds');
  }
  return ideas;
}

// Screens that follow the session (the projector during the strategies phase) show the strategies as they change.
const strategyChanged = (tx: EntityManager, strategy: Strategy) =>
  publishSessionEvent(tx, strategy.session.id, SessionEventType.STRATEGY_CHANGED);

export function createStrategy(em: EntityManager, input: CreateStrategyInput): Promise<Strategy> {
  return runMutation(
    em,
    input,
    'createStrategy',
    (tx) =>
      // A retry with the same id finds the strategy it made the first time.
      createOnce(tx, Strategy, input.id, async (id) => {
        const title = requiredText(input.title, 'title', 3);
        const session = await getSession(tx, input.sessionId);
        assertSessionAcceptsStrategies(session);
        const ideas = await findSessionIdeas(tx, session.id, input.ideaIds ?? []);
        const strategy = tx.create(Strategy, { id, session, title, description: input.description?.trim() ?? '' });
        strategy.ideas.set(ideas);
        await publishCreated(tx, strategy, session.id, SessionEventType.STRATEGY_CHANGED);
        return strategy;
      }),
    getStrategy,
  );
}

export function updateStrategy(em: EntityManager, input: UpdateStrategyInput): Promise<Strategy> {
  return runMutation(
    em,
    input,
    'updateStrategy',
    async (tx) => {
      const strategy = await lockStrategy(tx, input.strategyId);
      assertEditable(strategy);
      if (input.title != null) strategy.title = requiredText(input.title, 'title', 3);
      if (input.description != null) strategy.description = input.description.trim();
      if (input.ideaIds != null) {
        await strategy.ideas.init();
        strategy.ideas.set(await findSessionIdeas(tx, strategy.session.id, input.ideaIds));
      }
      await strategyChanged(tx, strategy);
      return strategy;
    },
    getStrategy,
  );
}

async function actionsOf(tx: EntityManager, strategy: Strategy): Promise<StrategyAction[]> {
  return tx.find(StrategyAction, { strategy }, { orderBy: { position: QueryOrder.ASC, id: QueryOrder.ASC } });
}

// Positions always run 0..n-1 in the given order.
function renumber(actions: readonly StrategyAction[]): void {
  actions.forEach((action, position) => {
    if (action.position !== position) action.position = position;
  });
}

export function addStrategyAction(em: EntityManager, input: AddStrategyActionInput): Promise<StrategyAction> {
  return runMutation(
    em,
    input,
    'addStrategyAction',
    (tx) =>
      createOnce(tx, StrategyAction, input.id, async (id) => {
        const strategy = await lockStrategy(tx, input.strategyId);
        assertEditable(strategy);
        const count = await tx.count(StrategyAction, { strategy });
        if (count >= MAX_ACTIONS_PER_STRATEGY) {
          throw badInput(msg('errors:strategy.tooManyActions', { max: MAX_ACTIONS_PER_STRATEGY }), 'strategyId');
        }
        const action = tx.create(StrategyAction, {
          id,
          strategy,
          position: count,
          what: requiredText(input.what, 'what', 3),
          who: requiredText(input.who, 'who', 2),
          due: requiredText(input.due, 'due', 2),
          resources: input.resources?.trim() ?? '',
        });
        await publishCreated(tx, action, strategy.session.id, SessionEventType.STRATEGY_CHANGED);
        return action;
      }),
    getStrategyAction,
  );
}

export function updateStrategyAction(em: EntityManager, input: UpdateStrategyActionInput): Promise<StrategyAction> {
  return runMutation(
    em,
    input,
    'updateStrategyAction',
    async (tx) => {
      const action = await getStrategyAction(tx, input.actionId);
      const strategy = await lockStrategy(tx, action.strategy.id);
      assertEditable(strategy);
      if (input.what != null) action.what = requiredText(input.what, 'what', 3);
      if (input.who != null) action.who = requiredText(input.who, 'who', 2);
      if (input.due != null) action.due = requiredText(input.due, 'due', 2);
      if (input.resources != null) action.resources = input.resources.trim();
      await strategyChanged(tx, strategy);
      return action;
    },
    getStrategyAction,
  );
}

export function removeStrategyAction(em: EntityManager, input: RemoveStrategyActionInput): Promise<Strategy> {
  return runMutation(
    em,
    input,
    'removeStrategyAction',
    async (tx) => {
      const action = await getStrategyAction(tx, input.actionId);
      const strategy = await lockStrategy(tx, action.strategy.id);
      assertEditable(strategy);
      const remaining = (await actionsOf(tx, strategy)).filter((other) => other.id !== action.id);
      tx.remove(action);
      renumber(remaining);
      await strategyChanged(tx, strategy);
      return strategy;
    },
    getStrategy,
  );
}

export function reorderStrategyActions(em: EntityManager, input: ReorderStrategyActionsInput): Promise<Strategy> {
  return runMutation(
    em,
    input,
    'reorderStrategyActions',
    async (tx) => {
      const strategy = await lockStrategy(tx, input.strategyId);
      assertEditable(strategy);
      const actions = new Map((await actionsOf(tx, strategy)).map((action) => [action.id, action]));
      const ordered = input.actionIds.map((id) => actions.get(id));
      const complete =
        new Set(input.actionIds).size === input.actionIds.length && input.actionIds.length === actions.size;
      if (!complete || ordered.some((action) => !action)) {
        throw badInput(msg('errors:strategy.orderIncomplete', { count: actions.size }), 'actionIds');
      }
      renumber(ordered as StrategyAction[]);
      await strategyChanged(tx, strategy);
      return strategy;
    },
    getStrategy,
  );
}

export function submitStrategy(em: EntityManager, input: SubmitStrategyInput): Promise<Strategy> {
  return runMutation(
    em,
    input,
    'submitStrategy',
    async (tx) => {
      const strategy = await lockStrategy(tx, input.strategyId);
      if (strategy.status !== StrategyStatus.DRAFT) {
        throw new DomainError(
          ErrorCode.INVALID_STATUS_TRANSITION,
          msg('errors:strategy.alreadySubmitted', { title: strategy.title }),
          { status: strategy.status },
        );
      }
      if ((await tx.count(StrategyAction, { strategy })) === 0) {
        throw badInput(msg('errors:strategy.needsAction'), 'strategyId');
      }
      strategy.status = StrategyStatus.SUBMITTED;
      strategy.submittedAt = new Date();
      await strategyChanged(tx, strategy);
      return strategy;
    },
    getStrategy,
  );
}

// Called by the review feature inside its transaction, on a strategy it has locked.
export function markStrategyAnswered(strategy: Strategy): void {
  if (strategy.status !== StrategyStatus.SUBMITTED) {
    const key =
      strategy.status === StrategyStatus.DRAFT
        ? 'errors:strategy.cannotAnswerDraft'
        : 'errors:strategy.cannotAnswerAnswered';
    throw new DomainError(ErrorCode.INVALID_STATUS_TRANSITION, msg(key, { title: strategy.title }), {
      status: strategy.status,
    });
  }
  strategy.status = StrategyStatus.ANSWERED;
}
