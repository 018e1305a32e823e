/**
 * Runs one or more emulated kubelets in this process (`kemu agent`). With --nodes N, each node
 * gets its own WebSocket (N connections): the gateway's NodeRestriction is per connection, and a
 * node dying is one socket closing. All nodes share one clock that follows the control plane's.
 */
import { ScaledClock } from '../../core/clock/index.js';
import { logger } from '../../core/logger.js';
import type { Taint } from '../../core/types.js';
import { WsTransport } from '../../agent/connection/ws-transport.js';
import { Kubelet } from '../../agent/kubelet.js';
import { defaultResourceModel } from '../../agent/default-model.js';
import type { KubeletConfig, NodeConfig } from '../../agent/node-config.js';

export interface AgentRunOptions {
  server: string;
  token: string;
  name: string;
  nodes: number;
  capacity: Record<string, string>;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  taints: Taint[];
  kubelet: KubeletConfig;
  podStartDelayMs?: number;
  insecureSkipTlsVerify?: boolean;
}

export interface RunningAgents {
  kubelets: Kubelet[];
  stop(): void;
}

export function nodeNames(base: string, count: number): string[] {
  if (count <= 1) return [base];
  return Array.from({ length: count }, (_, i) => `${base}-${i + 1}`);
}

const FORWARD_TOLERANCE_MS = 2;

/**
 * Follows the control plane's clock. Both run from the same wall clock at the same scale, so once
 * in step they stay in step. A welcome or clock frame carries the control plane's time when it was
 * sent; read late (a busy --nodes 1000 process), it is in the past. So, at an unchanged scale, the
 * agent only moves its clock forward — the largest of the times it has been sent is the closest
 * to the truth, like NTP keeping the sample with the least delay — and only when it is more than
 * FORWARD_TOLERANCE_MS of real time behind (no timer churn for sub-millisecond steps). The
 * gateway answers a lease renewal with a clock frame about once a minute, so an agent that read
 * its welcome late catches up once it is idle (first connection at a scaled clock, a dashboard
 * "step" are the big jumps). A scale or pause change is taken as is.
 */
export function followControlPlaneClock(clock: ScaledClock, clusterTime: number, scale: number, paused: boolean): void {
  if (clock.scale === scale && clock.paused === paused && clusterTime - clock.now() < FORWARD_TOLERANCE_MS * scale) return;
  clock.sync(clusterTime, scale, paused);
}

export function runAgents(o: AgentRunOptions, onFatal: (code: number, reason: string) => void): RunningAgents {
  const clock = new ScaledClock(1);
  const kubelets: Kubelet[] = [];
  const names = nodeNames(o.name, o.nodes);
  names.forEach((name, i) => {
    const log = logger('kubelet', { node: name });
    const config: NodeConfig = {
      name, capacity: o.capacity, labels: o.labels, annotations: o.annotations, taints: o.taints, kubelet: o.kubelet,
      podStartDelayMs: o.podStartDelayMs, internalIP: `10.0.${(i >> 8) & 255}.${(i & 255) + 1}`,
    };
    const k = new Kubelet(config, {
      clock, transport: new WsTransport(o.server, new ScaledClock(1), log, Math.random, { rejectUnauthorized: !o.insecureSkipTlsVerify }), token: o.token, log,
      resourceModel: defaultResourceModel, onFatal,
      syncClock: (t, scale, paused) => followControlPlaneClock(clock, t, scale, paused),
    });
    kubelets.push(k);
    k.start();
  });
  return {
    kubelets,
    stop() {
      for (const k of kubelets) k.stop();
      clock.dispose();
    },
  };
}
