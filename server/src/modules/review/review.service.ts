import { msg } from '../../core/i18n/messages.js';
import { DomainError, ErrorCode, badInput } from '../../core/errors.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { AuditAction } from '../audit/audit-entry.entity.js';
import { auditChange, type Actor } from '../audit/audit.service.js';
import { announceOutcomesChanged } from '../outcome/outcome.events.js';
import { SessionStatus } from '../session/session.entity.js';
import { getSession, lockSession, moveSessionStatus } from '../session/session.service.js';
import { StrategyAction, StrategyStatus, type Strategy } from '../strategy/strategy.entity.js';
import { getStrategy, lockStrategy, markStrategyAnswered } from '../strategy/strategy.service.js';
import { removeTranslationsOf } from '../translation/translation.service.js';
import { MunicipalityResponse, ResponseDecision, isDecided } from './municipality-response.entity.js';
import {
  REASON_MIN,
  type AddStrategyUpdateInput,
  type CorrectStrategyUpdateInput,
  type RemoveStrategyUpdateInput,
  type RespondToStrategyInput,
  type UpdateStrategyResponseInput,
} from './review.input.js';
import { StrategyUpdate } from './strategy-update.entity.js';

export function getMunicipalityResponse(em: EntityManager, id: string): Promise<MunicipalityResponse> {
  return getById(em, MunicipalityResponse, id, 'response');
}

export function getStrategyUpdate(em: EntityManager, id: string): Promise<StrategyUpdate> {
  return getById(em, StrategyUpdate, id, 'strategyUpdate');
}

// Every decision but "adopted" comes with a reason: participants must be able to see why. An adopted strategy
// may have one too.
function reasonFor(decision: ResponseDecision, value: string | null | undefined): string | null {
  const reason = value?.trim() ?? '';
  if (!reason && decision === ResponseDecision.ADOPTED) return null;
  if (reason.length < REASON_MIN) {
    throw badInput(
      reason ? msg('errors:review.reasonTooShort', { min: REASON_MIN }) : msg('errors:review.reasonMissing'),
      'reason',
    );
  }
  return reason;
}

const optionalText = (value: string | null | undefined): string | null => value?.trim() || null;

// Where a strategy lives, for the audit log and the language it is answered in.
async function sessionOf(tx: EntityManager, strategy: Strategy) {
  return getSession(tx, strategy.session.id);
}

const subject = (type: string, id: string, projectId: string) => ({ type, id, projectId });

const describeAnswer = (response: MunicipalityResponse): string =>
  [
    `answer: ${response.decision}`,
    response.responsible ? `by ${response.responsible}` : '',
    response.plannedFor ? `planned for ${response.plannedFor}` : '',
  ]
    .filter(Boolean)
    .join(', ');

// A session is reviewed by itself once the municipality has decided on every strategy submitted to it: UNDER_STUDY
// is not a decision yet. Nobody sets it by hand (session.policy.ts). Called in the transaction of an answer.
async function reviewSessionIfDecided(tx: EntityManager, sessionId: string): Promise<void> {
  await tx.flush();
  const [row] = await tx.execute<{ submitted: number; waiting: number }[]>(
    `select count(*)::int as submitted,
            count(*) filter (where r.id is null or r.decision = 'UNDER_STUDY')::int as waiting
       from strategy g left join municipality_response r on r.strategy_id = g.id
      where g.session_id = ? and g.status <> 'DRAFT'`,
    [sessionId],
  );
  if (!row || row.submitted === 0 || row.waiting > 0) return;
  const session = await lockSession(tx, sessionId);
  if (session.status === SessionStatus.CLOSED) await moveSessionStatus(tx, session, SessionStatus.REVIEWED);
}

export function respondToStrategy(
  em: EntityManager,
  actor: Actor,
  input: RespondToStrategyInput,
): Promise<MunicipalityResponse> {
  return runMutation(
    em,
    input,
    'respondToStrategy',
    (tx) =>
      createOnce(tx, MunicipalityResponse, input.id, async (id) => {
        const reason = reasonFor(input.decision, input.reason);
        const strategy = await lockStrategy(tx, input.strategyId);
        markStrategyAnswered(strategy);
        const session = await sessionOf(tx, strategy);
        const now = new Date();
        const response = tx.create(MunicipalityResponse, {
          id,
          strategy,
          decision: input.decision,
          reason,
          language: input.language ?? session.languages[0] ?? 'nl',
          responsible: optionalText(input.responsible),
          plannedFor: input.plannedFor ?? null,
          respondedAt: now,
          decidedAt: isDecided(input.decision) ? now : null,
        });
        auditChange(
          tx,
          actor,
          AuditAction.CREATE,
          subject('MunicipalityResponse', id, session.project.id),
          describeAnswer(response),
        );
        // The public pages show it: every API process drops its copy once this commits.
        await announceOutcomesChanged(tx, session.project.id);
        await reviewSessionIfDecided(tx, session.id);
        return response;
      }),
    getMunicipalityResponse,
  );
}

export function updateStrategyResponse(
  em: EntityManager,
  actor: Actor,
  input: UpdateStrategyResponseInput,
): Promise<MunicipalityResponse> {
  return runMutation(
    em,
    input,
    'updateStrategyResponse',
    async (tx) => {
      const found = await getMunicipalityResponse(tx, input.responseId);
      // The strategy's lock makes two changes to one answer take turns.
      const strategy = await lockStrategy(tx, found.strategy.id);
      const response = await tx.refresh(found);
      if (!response) throw badInput('This answer was removed just now.', 'responseId');
      const decision = input.decision ?? response.decision;
      if (isDecided(response.decision) && !isDecided(decision)) {
        throw new DomainError(
          ErrorCode.INVALID_STATUS_TRANSITION,
          `The municipality has already decided on "${strategy.title}"; a decision cannot go back to "under study". Change the decision, or post an update on its timeline.`,
          { from: response.decision, to: decision },
        );
      }
      response.reason = reasonFor(decision, input.reason === undefined ? response.reason : input.reason);
      response.decision = decision;
      if (isDecided(decision)) response.decidedAt ??= new Date();
      if (input.responsible !== undefined) response.responsible = optionalText(input.responsible);
      if (input.plannedFor !== undefined) response.plannedFor = input.plannedFor ?? null;
      if (input.language != null) response.language = input.language;
      const session = await sessionOf(tx, strategy);
      auditChange(
        tx,
        actor,
        AuditAction.UPDATE,
        subject('MunicipalityResponse', response.id, session.project.id),
        describeAnswer(response),
      );
      // The public pages show it: every API process drops its copy once this commits.
      await announceOutcomesChanged(tx, session.project.id);
      await reviewSessionIfDecided(tx, session.id);
      return response;
    },
    getMunicipalityResponse,
  );
}

// --- The timeline ---------------------------------------------------------------------------------------------

// Follow-up comes after an answer: a strategy that has not been answered has nothing to follow up yet.
function assertAnswered(strategy: Strategy): void {
  if (strategy.status !== StrategyStatus.ANSWERED) {
    throw new DomainError(
      ErrorCode.INVALID_STATUS_TRANSITION,
      `"${strategy.title}" has not been answered yet: answer it first, then follow it up on its timeline.`,
      { status: strategy.status },
    );
  }
}

// What the server stores of a link: the address as the browser would read it, http or https only.
function webLink(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput('link must be a web address that starts with http:// or https://', 'link');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badInput('link must be a web address that starts with http:// or https://', 'link');
  }
  return url.href;
}

const describeUpdate = (update: StrategyUpdate): string =>
  `follow-up ${update.status}${update.action ? ' of an action' : ''}: ${update.text}`;

export function addStrategyUpdate(
  em: EntityManager,
  actor: Actor,
  input: AddStrategyUpdateInput,
): Promise<StrategyUpdate> {
  return runMutation(
    em,
    input,
    'addStrategyUpdate',
    (tx) =>
      createOnce(tx, StrategyUpdate, input.id, async (id) => {
        const link = webLink(input.link);
        const strategy = await lockStrategy(tx, input.strategyId);
        assertAnswered(strategy);
        let action: StrategyAction | null = null;
        if (input.actionId) {
          action = await tx.findOne(StrategyAction, { id: input.actionId, strategy });
          if (!action) throw badInput('That action is not one of this strategy’s actions.', 'actionId');
        }
        const session = await sessionOf(tx, strategy);
        const update = tx.create(StrategyUpdate, {
          id,
          strategy,
          action,
          status: input.status,
          text: input.text.trim(),
          language: input.language ?? session.languages[0] ?? 'nl',
          link,
          at: new Date(),
          postedBy: actor.actorAccountId,
        });
        auditChange(
          tx,
          actor,
          AuditAction.CREATE,
          subject('StrategyUpdate', id, session.project.id),
          describeUpdate(update),
        );
        // The public pages show it: every API process drops its copy once this commits.
        await announceOutcomesChanged(tx, session.project.id);
        return update;
      }),
    getStrategyUpdate,
  );
}

export function correctStrategyUpdate(
  em: EntityManager,
  actor: Actor,
  input: CorrectStrategyUpdateInput,
): Promise<StrategyUpdate> {
  return runMutation(
    em,
    input,
    'correctStrategyUpdate',
    async (tx) => {
      const update = await getStrategyUpdate(tx, input.updateId);
      const strategy = await lockStrategy(tx, update.strategy.id);
      const before = describeUpdate(update);
      if (input.status != null) update.status = input.status;
      if (input.text != null) update.text = input.text.trim();
      if (input.link !== undefined) update.link = webLink(input.link);
      const session = await sessionOf(tx, strategy);
      auditChange(
        tx,
        actor,
        AuditAction.UPDATE,
        subject('StrategyUpdate', update.id, session.project.id),
        `was ${before}`,
      );
      // The public pages show it: every API process drops its copy once this commits.
      await announceOutcomesChanged(tx, session.project.id);
      return update;
    },
    getStrategyUpdate,
  );
}

// The strategy as it is after the update was taken off its timeline.
export function removeStrategyUpdate(
  em: EntityManager,
  actor: Actor,
  input: RemoveStrategyUpdateInput,
): Promise<Strategy> {
  return runMutation(
    em,
    input,
    'removeStrategyUpdate',
    async (tx) => {
      const update = await getStrategyUpdate(tx, input.updateId);
      const strategy = await lockStrategy(tx, update.strategy.id);
      const session = await sessionOf(tx, strategy);
      auditChange(
        tx,
        actor,
        AuditAction.UPDATE,
        subject('StrategyUpdate', update.id, session.project.id),
        `removed ${describeUpdate(update)}`,
      );
      // The public pages show it: every API process drops its copy once this commits.
      await announceOutcomesChanged(tx, session.project.id);
      // Its translations go with it.
      await removeTranslationsOf(tx, [update.id]);
      tx.remove(update);
      return strategy;
    },
    getStrategy,
  );
}
