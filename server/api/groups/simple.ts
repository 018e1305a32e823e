/**
 * The groups whose resources need nothing beyond the standard routes: policy/v1
 * (PodDisruptionBudgets + status), scheduling.k8s.io/v1 (PriorityClasses), coordination.k8s.io/v1
 * (Leases), events.k8s.io/v1 (Events, stored as core Events), and kemu.dev/v1alpha1's discovery
 * (its routes are server/kemu-api/routes.ts).
 */
import type { FastifyInstance } from 'fastify';
import { apiGroup, resourceList } from '../discovery.js';
import { eventsV1Backend } from '../events-v1.js';
import { COORDINATION_V1, EVENTS_V1, KEMU_V1ALPHA1, METRICS_V1BETA1, POLICY_V1, SCHEDULING_V1, groupVersionString, type GroupVersionDef } from '../resources.js';
import { identityBackend, type ApiContext } from '../rest/context.js';
import { registerResource } from '../rest/routes.js';

function discovery(app: FastifyInstance, gv: GroupVersionDef): void {
  app.get(`/${gv.group}`, async () => apiGroup(gv.group));
  app.get(`/${groupVersionString(gv.group, gv.version)}`, async () => resourceList(gv));
}

function standardGroup(app: FastifyInstance, ctx: ApiContext, gv: GroupVersionDef): void {
  discovery(app, gv);
  for (const def of gv.resources) {
    registerResource(app, ctx, identityBackend(def), { base: `/${gv.group}/${gv.version}`, status: def.subresources.some((s) => s.name === 'status') });
  }
}

export function policyV1(app: FastifyInstance, ctx: ApiContext): void {
  standardGroup(app, ctx, POLICY_V1);
}

export function schedulingV1(app: FastifyInstance, ctx: ApiContext): void {
  standardGroup(app, ctx, SCHEDULING_V1);
}

export function coordinationV1(app: FastifyInstance, ctx: ApiContext): void {
  standardGroup(app, ctx, COORDINATION_V1);
}

export function eventsV1(app: FastifyInstance, ctx: ApiContext): void {
  discovery(app, EVENTS_V1);
  registerResource(app, ctx, eventsV1Backend, { base: '/events.k8s.io/v1' });
}

/** Discovery only: the group list and resource list of metrics.k8s.io (routes in metrics-v1beta1.ts). */
export function metricsDiscovery(app: FastifyInstance): void {
  app.get(`/${METRICS_V1BETA1.group}`, async () => apiGroup(METRICS_V1BETA1.group));
}

/** Discovery only: kemu.dev/v1alpha1 lists its resources; the lead's plugin serves them. */
export function kemuDiscovery(app: FastifyInstance): void {
  discovery(app, KEMU_V1ALPHA1);
}
