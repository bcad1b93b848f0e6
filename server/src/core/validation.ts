import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

// The checks every argument of an object type passes (its class-validator decorators), as type-graphql makes them by
// default (missing properties skipped, unknown values allowed, every problem reported), once per request for each
// distinct value: a board asks `ideas(first: 100)` of each of its challenges, and the same arguments of the same type
// pass the same checks (the decorators look at the value alone). The answer is kept for the request only.
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false, stopAtFirstError: false };

const checked = new WeakMap<object, Map<unknown, Map<string, Promise<void>>>>();

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

async function check(value: unknown): Promise<void> {
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(value as object, OPTIONS);
  } catch (error) {
    throw new ArgumentValidationError(error as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
}

// `type` is the argument's class as type-graphql declares it (for a list, its items' class).
export const validateArgument: ValidatorFn = (value, type, { context }) => {
  if (!isObject(value)) return undefined;
  if (!isObject(context)) return check(value);
  let byType = checked.get(context);
  if (!byType) checked.set(context, (byType = new Map()));
  let byValue = byType.get(type);
  if (!byValue) byType.set(type, (byValue = new Map()));
  const key = JSON.stringify(value);
  let result = byValue.get(key);
  if (!result) byValue.set(key, (result = check(value)));
  return result;
};
