/**
 * kemu's own API group, kemu.dev/v1alpha1: the cluster clock (time controls) and live node
 * control for chaos schedules (stop/start a kubelet's loops, cut its connection).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ControllableClock } from '../../core/clock/index.js';
import { ControlAction } from '../../proto/codec.js';
import type { ControlPlane } from '../controlplane.js';

export const KEMU_GROUP = 'kemu.dev';
export const KEMU_VERSION = 'v1alpha1';
const PREFIX = `/apis/${KEMU_GROUP}/${KEMU_VERSION}`;

function status(reply: FastifyReply, code: number, reason: string, message: string) {
  return reply.code(code).send({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason, message, code });
}

export function clockObject(cp: ControlPlane) {
  const s = cp.clockState();
  return { apiVersion: `${KEMU_GROUP}/${KEMU_VERSION}`, kind: 'Clock', metadata: { name: 'cluster' }, spec: { scale: s.scale, paused: s.paused }, status: { now: new Date(s.now).toISOString(), nowMs: s.now } };
}

export function kemuApi(app: FastifyInstance, cp: ControlPlane, clock: ControllableClock): void {
  app.get(`${PREFIX}/clock`, async () => clockObject(cp));

  app.put<{ Body: { spec?: { scale?: unknown; paused?: unknown } } }>(`${PREFIX}/clock`, async (req, reply) => {
    const spec = req.body?.spec ?? {};
    if (spec.scale !== undefined && (typeof spec.scale !== 'number' || !(spec.scale > 0) || spec.scale > 10_000)) {
      return status(reply, 422, 'Invalid', 'Clock.kemu.dev "cluster" is invalid: spec.scale: Invalid value: must be a number in (0, 10000]');
    }
    if (spec.paused !== undefined && typeof spec.paused !== 'boolean') {
      return status(reply, 422, 'Invalid', 'Clock.kemu.dev "cluster" is invalid: spec.paused: Invalid value: must be a boolean');
    }
    if (typeof spec.scale === 'number') clock.setScale(spec.scale);
    if (spec.paused === true) clock.pause();
    if (spec.paused === false) clock.resume();
    return clockObject(cp);
  });

  app.post<{ Body: { ms?: unknown; duration?: unknown } }>(`${PREFIX}/clock/step`, async (req, reply) => {
    const ms = Number(req.body?.ms);
    if (!Number.isFinite(ms) || ms <= 0 || ms > 86_400_000) {
      return status(reply, 422, 'Invalid', 'step: ms: Invalid value: must be a number of milliseconds in (0, 86400000]');
    }
    clock.step(ms);
    return clockObject(cp);
  });

  app.post<{ Params: { name: string }; Body: { action?: unknown; durationMs?: unknown } }>(`${PREFIX}/nodes/:name/control`, async (req, reply) => {
    const actions: Record<string, number> = { stop: ControlAction.STOP_KUBELET, start: ControlAction.START_KUBELET, disconnect: ControlAction.DISCONNECT };
    const a = typeof req.body?.action === 'string' ? actions[req.body.action] : undefined;
    if (a === undefined) return status(reply, 422, 'Invalid', 'action: Unsupported value: must be one of "stop", "start", "disconnect"');
    if (!cp.store.get('Node', undefined, req.params.name)) return status(reply, 404, 'NotFound', `nodes "${req.params.name}" not found`);
    const durationMs = typeof req.body?.durationMs === 'number' && req.body.durationMs > 0 ? req.body.durationMs : 0;
    if (!cp.gateway.control(req.params.name, { action: a, duration_ms: durationMs })) return status(reply, 409, 'Conflict', `node "${req.params.name}" has no connected agent`);
    return { kind: 'Status', apiVersion: 'v1', status: 'Success', message: `${req.body!.action} sent to ${req.params.name}` };
  });
}
