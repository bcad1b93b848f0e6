import { msg } from '../../core/i18n/messages.js';
import { badInput } from '../../core/errors.js';
import { createOnce, runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { lockStrategy, markStrategyAnswered } from '../strategy/strategy.service.js';
import { MunicipalityResponse } from './municipality-response.entity.js';
import type { RespondToStrategyInput, UpdateStrategyResponseInput } from './review.input.js';

const MIN_REASON = 10;

export function getMunicipalityResponse(em: EntityManager, id: string): Promise<MunicipalityResponse> {
  return getById(em, MunicipalityResponse, id, 'response');
}

// Every decision comes with a reason: participants must be able to see why.
function reasonText(value: string): string {
  const reason = value.trim();
  if (reason.length < MIN_REASON) {
    throw badInput(msg('errors:review.reasonTooShort', { min: MIN_REASON }), 'reason');
  }
  return reason;
}

const followUpText = (value: string | null | undefined): string | null => value?.trim() || null;

export function respondToStrategy(em: EntityManager, input: RespondToStrategyInput): Promise<MunicipalityResponse> {
  return runMutation(
    em,
    input,
    'respondToStrategy',
    (tx) =>
      createOnce(tx, MunicipalityResponse, input.id, async (id) => {
        const reason = reasonText(input.reason);
        const strategy = await lockStrategy(tx, input.strategyId);
        markStrategyAnswered(strategy);
        return tx.create(MunicipalityResponse, {
          id,
          strategy,
          decision: input.decision,
          reason,
          followUp: followUpText(input.followUp),
        });
      }),
    getMunicipalityResponse,
  );
}

export function updateStrategyResponse(
  em: EntityManager,
  input: UpdateStrategyResponseInput,
): Promise<MunicipalityResponse> {
  return runMutation(
    em,
    input,
    'updateStrategyResponse',
    async (tx) => {
      const response = await getMunicipalityResponse(tx, input.responseId);
      if (input.decision != null) response.decision = input.decision;
      if (input.reason != null) response.reason = reasonText(input.reason);
      if (input.followUp !== undefined) response.followUp = followUpText(input.followUp);
      return response;
    },
    getMunicipalityResponse,
  );
}
