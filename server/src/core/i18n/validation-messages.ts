import { getMetadataStorage } from 'class-validator';
import type { Message } from './messages.js';

// A class-validator problem as a catalog message (`validation:<constraint>`), with the numbers of its rule (the
// `max` of MaxLength) read from the rule itself. The message is shown at its field, so it does not name the field.
// Undefined when the input's rules cannot be found (then the English message stays).

const COUNTED: Record<string, (args: unknown[]) => Message['values']> = {
  maxLength: ([max]) => ({ count: Number(max) }),
  minLength: ([min]) => ({ count: Number(min) }),
  isLength: ([min, max]) => ({ min: Number(min), max: Number(max), count: Number(max) }),
  trimmedLength: ([min, max]) => ({ min: Number(min), max: Number(max), count: Number(max) }),
  arrayMaxSize: ([max]) => ({ count: Number(max) }),
  arrayMinSize: ([min]) => ({ count: Number(min) }),
  min: ([min]) => ({ min: Number(min) }),
  max: ([max]) => ({ max: Number(max) }),
};

// The constraints the catalogs have a sentence for; any other is `validation:invalid`.
const KNOWN = new Set([
  ...Object.keys(COUNTED),
  'arrayUnique',
  'isLanguageTag',
  'isUuid',
  'isDateString',
  'isBoolean',
  'isInt',
  'isEmailAddress',
  'isAgenda',
  'isConsent',
]);

function constraintName(meta: { constraintCls?: Function; name?: string | undefined }): string | undefined {
  if (meta.name) return meta.name;
  if (!meta.constraintCls) return undefined;
  return getMetadataStorage().getTargetValidatorConstraints(meta.constraintCls)[0]?.name;
}

export function validationMessage(target: object | undefined, property: string, constraint: string): Message {
  const key = KNOWN.has(constraint) ? `validation:${constraint}` : 'validation:invalid';
  const values = COUNTED[constraint];
  if (!values || !target) return { key };
  const rules = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  const rule = rules.find((meta) => meta.propertyName === property && constraintName(meta) === constraint);
  return rule ? { key, values: values(rule.constraints ?? []) } : { key };
}
