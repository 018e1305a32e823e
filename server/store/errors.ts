/** Errors the store and registry raise; the API turns them into Kubernetes Status objects. */
export type StatusReason =
  | 'NotFound' | 'AlreadyExists' | 'Conflict' | 'Invalid' | 'BadRequest' | 'Gone' | 'Expired'
  | 'TooManyRequests' | 'Forbidden' | 'MethodNotAllowed' | 'UnsupportedMediaType' | 'InternalError'
  | 'Unauthorized' | 'NotAcceptable';

export interface Cause { field?: string; reason?: string; message: string }

export class StoreError extends Error {
  constructor(
    readonly reason: StatusReason,
    readonly code: number,
    message: string,
    readonly details?: { name?: string; group?: string; kind?: string; causes?: Cause[]; retryAfterSeconds?: number },
  ) {
    super(message);
  }
}

export function notFound(resource: string, name: string, group = ''): StoreError {
  const gr = group ? `${resource}.${group}` : resource;
  return new StoreError('NotFound', 404, `${gr} "${name}" not found`, { name, group, kind: resource });
}

export function alreadyExists(resource: string, name: string, group = ''): StoreError {
  const gr = group ? `${resource}.${group}` : resource;
  return new StoreError('AlreadyExists', 409, `${gr} "${name}" already exists`, { name, group, kind: resource });
}

export function conflict(resource: string, name: string, group = ''): StoreError {
  const gr = group ? `${resource}.${group}` : resource;
  return new StoreError('Conflict', 409,
    `Operation cannot be fulfilled on ${gr} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, group, kind: resource });
}

export function invalid(kind: string, name: string, causes: Cause[], group = ''): StoreError {
  const gk = group ? `${kind}.${group}` : kind;
  const list = causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message));
  const msg = `${gk} "${name}" is invalid: ${list.length === 1 ? list[0] : `[${list.join(', ')}]`}`;
  return new StoreError('Invalid', 422, msg, { name, group, kind, causes });
}

export function gone(message: string): StoreError {
  return new StoreError('Expired', 410, message);
}
