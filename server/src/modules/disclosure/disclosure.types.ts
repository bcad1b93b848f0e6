import { registerEnumType } from 'type-graphql';

export enum SuppressionReason {
  SMALL_GROUP = 'SMALL_GROUP',
  NOT_FINAL = 'NOT_FINAL',
}

registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description: 'Why a figure about a group of people is not shown.',
  valuesConfig: {
    SMALL_GROUP: {
      description:
        'Fewer people than the threshold are behind it, or it would let such a number be worked out from other figures. Both read the same, so that a hidden figure tells nothing about its size.',
    },
    NOT_FINAL: {
      description:
        'Figures by group are released once, when what they describe is over (a session closes): figures that change live would let everyone see who just came in.',
    },
  },
});
