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

export const validateArgument: ValidatorFn = (value, _type, { context }) => {
  if (!isObject(value)) return undefined;
  if (!isObject(context)) return check(value);
  const kind = Array.isArray(value) ? value.find(isObject)?.constructor : value.constructor;
  let byKind = checked.get(context);
  if (!byKind) checked.set(context, (byKind = new Map()));
  let byValue = byKind.get(kind);
  if (!byValue) byKind.set(kind, (byValue = new Map()));
  const key = JSON.stringify(value);
  let result = byValue.get(key);
  if (!result) byValue.set(key, (result = check(value)));
  return result;
};
