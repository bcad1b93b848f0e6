import { Max, Min, ValidateBy } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { validateArgument } from './validation.js';

let checks = 0;

// An argument type whose one rule counts how often it runs.
class PageArgs {
  @ValidateBy({
    name: 'counted',
    validator: {
      validate: (value: unknown) => {
        checks++;
        return typeof value === 'number';
      },
    },
  })
  @Min(1)
  @Max(200)
  first!: number;
}

const args = (first: number) => Object.assign(new PageArgs(), { first });
const inRequest = (context: object) => ({ context, root: undefined, args: {}, info: {} as GraphQLResolveInfo });
const validate = (value: unknown, context: object) => validateArgument(value, PageArgs, inRequest(context));
const validated = (value: unknown, context: object) => Promise.resolve(validate(value, context));

describe('argument validation', () => {
  it('should check the same arguments once per request, and again in the next request', async () => {
    const request = {};
    checks = 0;
    // A board asks `ideas(first: 100)` of each of its challenges.
    await Promise.all(Array.from({ length: 50 }, () => validated(args(100), request)));
    expect(checks).toBe(1);
    await validated(args(20), request);
    expect(checks).toBe(2);
    await validated(args(100), {});
    expect(checks).toBe(3);
  });

  it('should refuse invalid arguments every time they are asked for, with the problems type-graphql reports', async () => {
    const request = {};
    for (let i = 0; i < 2; i++) {
      const refused = await validated(args(0), request).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ArgumentValidationError);
      const [problem] = (refused as ArgumentValidationError).extensions.validationErrors;
      expect(problem?.property).toBe('first');
      expect(Object.keys(problem?.constraints ?? {})).toEqual(['min']);
    }
    // A refusal is kept for its own value only.
    await expect(validated(args(1), request)).resolves.toBeUndefined();
  });

  it('should check every item of a list of inputs, and pass plain values without a check', async () => {
    const refused = await validated([args(5), args(500)], {}).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ArgumentValidationError);
    checks = 0;
    expect(validate('a string', {})).toBeUndefined();
    expect(validate(null, {})).toBeUndefined();
    expect(checks).toBe(0);
  });
});
