/**
 * Kubernetes `Status` objects for every error the API returns, as kube-apiserver builds them
 * (k8s.io/apimachinery/pkg/api/errors/errors.go) and writes them
 * (apiserver/pkg/endpoints/handlers/responsewriters/status.go: Retry-After from retryAfterSeconds).
 */
import type { FastifyReply } from 'fastify';
import { SelectorError } from '../../core/labels.js';
import { StoreError, type Cause } from '../store/index.js';

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: Cause[];
  retryAfterSeconds?: number;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Success' | 'Failure';
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code: number;
}

/** Upstream StatusReason values kemu answers with beyond the store's. */
export const REASON = {
  BadRequest: 'BadRequest',
  NotFound: 'NotFound',
  MethodNotAllowed: 'MethodNotAllowed',
  NotAcceptable: 'NotAcceptable',
  UnsupportedMediaType: 'UnsupportedMediaType',
  Unauthorized: 'Unauthorized',
  RequestEntityTooLarge: 'RequestEntityTooLarge',
  ServiceUnavailable: 'ServiceUnavailable',
  InternalError: 'InternalError',
  Conflict: 'Conflict',
  Forbidden: 'Forbidden',
  Invalid: 'Invalid',
  TooManyRequests: 'TooManyRequests',
} as const;

export const NOT_FOUND_MESSAGE = 'the server could not find the requested resource';
export const METHOD_NOT_ALLOWED_MESSAGE = 'the server does not allow this method on the requested resource';
export const UNAUTHORIZED_MESSAGE = 'Unauthorized';
/** The media types a body may use (runtime.SerializerInfo list of kube-apiserver, minus protobuf objects). */
export const ACCEPTED_BODY_TYPES = ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'];
export const ACCEPTED_PATCH_TYPES = [
  'application/json-patch+json', 'application/merge-patch+json', 'application/apply-patch+yaml', 'application/strategic-merge-patch+json',
];

/** An error that already is a Kubernetes Status (any code, any reason). */
export class ApiError extends Error {
  constructor(readonly status: Status) {
    super(status.message ?? status.reason ?? 'error');
  }
}

export function failure(code: number, reason: string, message: string, details?: StatusDetails): Status {
  const s: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
  if (details) s.details = details;
  return s;
}

export function success(code: number, details?: StatusDetails): Status {
  const s: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', code };
  if (details) s.details = details;
  return s;
}

export function apiError(code: number, reason: string, message: string, details?: StatusDetails): ApiError {
  return new ApiError(failure(code, reason, message, details));
}

export const badRequest = (message: string) => apiError(400, REASON.BadRequest, message);
export const notFoundPath = () => apiError(404, REASON.NotFound, NOT_FOUND_MESSAGE, {});
export const methodNotAllowed = () => apiError(405, REASON.MethodNotAllowed, METHOD_NOT_ALLOWED_MESSAGE, {});
export const unauthorized = () => apiError(401, REASON.Unauthorized, UNAUTHORIZED_MESSAGE);

/** negotiation.NewUnsupportedMediaTypeError. */
export function unsupportedMediaType(accepted: string[] = ACCEPTED_BODY_TYPES): ApiError {
  return apiError(415, REASON.UnsupportedMediaType,
    `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`);
}

export function notAcceptable(): ApiError {
  return apiError(406, REASON.NotAcceptable, 'only the following media types are accepted: application/json, application/yaml, application/json;as=Table;v=v1;g=meta.k8s.io');
}

/** errors.NewInternalError. */
export function internalError(message: string): Status {
  return failure(500, REASON.InternalError, `Internal error occurred: ${message}`, { causes: [{ message }] });
}

/** Any thrown value → the Status kube-apiserver would send. */
export function toStatus(err: unknown): Status {
  if (err instanceof ApiError) return err.status;
  if (err instanceof StoreError) {
    const details = err.details ? { ...err.details } : undefined;
    return failure(err.code, err.reason, err.message, details);
  }
  if (err instanceof SelectorError) return failure(400, REASON.BadRequest, err.message);
  const msg = err instanceof Error ? err.message : String(err);
  return internalError(msg);
}

export function sendStatus(reply: FastifyReply, status: Status): FastifyReply {
  if (status.details?.retryAfterSeconds) reply.header('Retry-After', String(status.details.retryAfterSeconds));
  return reply.code(status.code).type('application/json').send(status);
}
