/**
 * field.Error constructors (k8s.io/apimachinery/pkg/util/validation/field/errors.go): each
 * becomes a StatusCause {reason, message, field} whose message is ErrorBody(), and the 422
 * message lists "field: body" (store/errors.ts `invalid`).
 */
import type { Cause } from '../../store/index.js';

export type { Cause };

/** How field.Error prints a bad value: strings quoted, numbers and booleans bare. */
export function fmtValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v === null || v === undefined) return 'null';
  return JSON.stringify(v);
}

const withDetail = (body: string, detail?: string) => (detail ? `${body}: ${detail}` : body);

export function required(field: string, detail?: string): Cause {
  return { field, reason: 'FieldValueRequired', message: withDetail('Required value', detail) };
}

export function invalid(field: string, value: unknown, detail?: string): Cause {
  return { field, reason: 'FieldValueInvalid', message: withDetail(`Invalid value: ${fmtValue(value)}`, detail) };
}

export function forbidden(field: string, detail?: string): Cause {
  return { field, reason: 'FieldValueForbidden', message: withDetail('Forbidden', detail) };
}

export function notSupported(field: string, value: unknown, valid: string[]): Cause {
  const list = valid.map((v) => JSON.stringify(v)).join(', ');
  return { field, reason: 'FieldValueNotSupported', message: `Unsupported value: ${fmtValue(value)}${valid.length ? `: supported values: ${list}` : ''}` };
}

export function duplicate(field: string, value: unknown): Cause {
  return { field, reason: 'FieldValueDuplicate', message: `Duplicate value: ${fmtValue(value)}` };
}

export function tooLong(field: string, max: number): Cause {
  return { field, reason: 'FieldValueTooLong', message: `Too long: may not be more than ${max} bytes` };
}

/** apimachinery validation.FieldImmutableErrorMsg. */
export const FIELD_IMMUTABLE = 'field is immutable';

export function immutable(field: string, value: unknown): Cause {
  return invalid(field, value, FIELD_IMMUTABLE);
}

/** ValidateNonnegativeField. */
export function nonNegative(field: string, value: unknown): Cause[] {
  return typeof value === 'number' && value < 0 ? [invalid(field, value, 'must be greater than or equal to 0')] : [];
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function asArray<T = unknown>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}
