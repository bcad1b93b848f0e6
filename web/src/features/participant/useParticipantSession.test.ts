import { Kind, visit, type ArgumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { participantSessionEvents } from './useParticipantSession';

// A room of phones shares one resolution of each event on the server, and each phone is sent all of it: what the
// phone's subscription asks for is paid for every dot and idea, 300 times over.
describe("the phone's event subscription", () => {
  const operation = participantSessionEvents.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  // The arguments of each field directly under `sessionEvents`, by its alias or name.
  const argumentsOf = new Map<string, readonly ArgumentNode[]>();
  visit(participantSessionEvents, {
    Field(node) {
      if (node.name.value !== 'sessionEvents') return;
      for (const field of node.selectionSet?.selections ?? []) {
        if (field.kind === Kind.FIELD) argumentsOf.set(field.alias?.value ?? field.name.value, field.arguments ?? []);
      }
    },
  });
  const onlyOwnChanges = (field: string) =>
    argumentsOf
      .get(field)
      ?.some(
        (argument) =>
          argument.name.value === 'onlyOwnChanges' && argument.value.kind === Kind.BOOLEAN && argument.value.value,
      );

  it('should have no variable of its own, so that the whole room is sent one result', () => {
    expect(operation?.variableDefinitions?.map((variable) => variable.variable.name.value)).toEqual([
      'sessionId',
      'after',
    ]);
  });

  it('should ask for the challenge and the round only when they changed themselves, not for every dot', () => {
    expect([...argumentsOf.keys()]).toEqual(expect.arrayContaining(['challenge', 'challengeDots', 'idea', 'round']));
    expect(onlyOwnChanges('challenge')).toBe(true);
    expect(onlyOwnChanges('round')).toBe(true);
    // The new dot count comes on its own, small.
    expect(onlyOwnChanges('challengeDots')).toBeFalsy();
  });
});
