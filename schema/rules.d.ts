export declare const PASSWORD_RULE: {
  readonly minLength: number;
  readonly maxLength: number;
  readonly minStrength: 0 | 1 | 2 | 3 | 4;
};
