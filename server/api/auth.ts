/**
 * Optional bearer-token authentication of the Kubernetes API (`kemu server --api-token`): every
 * request under /api, /apis, /version and /openapi must carry `Authorization: Bearer <token>`,
 * else 401 with the Status kube-apiserver sends to an unauthenticated client. Health, the agent
 * socket, the event stream and the dashboard stay open.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendStatus, unauthorized } from './status.js';

const PROTECTED = /^\/(api|apis|version|openapi)(\/|\?|$)/;

export function isProtectedPath(url: string): boolean {
  return PROTECTED.test(url);
}

export function bearerTokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return false;
  const given = Buffer.from(m[1].trim());
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

/** An onRequest hook enforcing the token (add it to every plugin that serves those paths). */
export function apiAuthHook(token: string | undefined) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!token || !isProtectedPath(req.url)) return;
    if (bearerTokenMatches(req.headers.authorization, token)) return;
    return sendStatus(reply, unauthorized().status);
  };
}
