/**
 * sim-speed-100 / sim-speed-1000: cluster seconds simulated per wall second in the harness, for
 * one hour of a busy cluster: Deployments filling the nodes, a kubelet dying every 5 minutes and
 * coming back 10 minutes later, pods leaking memory into kubelet evictions, and high-priority
 * batches that must preempt.
 */
import { Simulation } from '../sim/harness.js';
import type { Deployment, Pod, PriorityClass } from '../core/types.js';
import type { Benchmark, BenchResult } from './types.js';

const HOUR = 3_600_000;

export interface BusyClusterOptions { nodes: number; podsPerNode: number; seed?: number }

export function buildBusyCluster(o: BusyClusterOptions): Simulation {
  const sim = new Simulation({ seed: o.seed ?? 1 });
  for (let i = 0; i < o.nodes; i++) {
    sim.addNode({
      name: `node-${i + 1}`,
      capacity: { cpu: '32', memory: '64Gi', 'ephemeral-storage': '200Gi', pods: '110' },
      labels: { 'topology.kubernetes.io/zone': `zone-${i % 3}` },
      kubelet: { evictionHard: { 'memory.available': '500Mi' } },
    });
  }
  const reg = sim.cp.registry;
  reg.create<PriorityClass>('PriorityClass', { metadata: { name: 'batch-high' }, value: 10000 } as PriorityClass);
  const deployments = Math.max(1, Math.round(o.nodes / 4));
  const replicas = Math.round((o.nodes * o.podsPerNode) / deployments);
  for (let d = 0; d < deployments; d++) {
    const leaky = d % 10 === 0;
    reg.create<Deployment>('Deployment', {
      metadata: { name: `app-${d}`, namespace: 'default' },
      spec: {
        replicas,
        selector: { matchLabels: { app: `app-${d}` } },
        template: {
          metadata: {
            labels: { app: `app-${d}` },
            annotations: leaky ? { 'usage.kemu.dev/memory': '256Mi', 'usage.kemu.dev/memory-rate': '40Mi' } : { 'usage.kemu.dev/memory': '256Mi' },
          },
          spec: { containers: [{ name: 'app', image: 'app:1', resources: { requests: { cpu: '250m', memory: '512Mi' } } }] },
        },
      },
    });
  }
  return sim;
}

export function runBusyHour(sim: Simulation, nodes: number): void {
  const names = sim.nodeNames();
  let batch = 0;
  for (let t = 0; t < HOUR; t += 60_000) {
    const minute = t / 60_000;
    if (minute > 0 && minute % 5 === 0) sim.stopNode(names[(minute / 5) % names.length]);
    if (minute >= 10 && minute % 5 === 0) sim.startNode(names[((minute - 10) / 5) % names.length]);
    if (minute > 0 && minute % 10 === 0) {
      for (let i = 0; i < Math.max(5, nodes / 10); i++) {
        sim.cp.registry.create<Pod>('Pod', {
          metadata: { name: `burst-${batch}-${i}`, namespace: 'default' },
          spec: { priorityClassName: 'batch-high', containers: [{ name: 'c', image: 'x', resources: { requests: { cpu: '4', memory: '8Gi' } } }] },
        });
      }
      batch++;
    }
    sim.advance(60_000);
  }
}

/**
 * `runs` fresh clusters, each timed over its busy hour; the fastest counts. Interference from the
 * rest of the machine only ever slows a run down, so on a noisy machine the fastest of a few
 * identical runs is the closest to what the code costs (the others are in the detail). The first
 * run in a fresh process is also V8's warm-up (4.9–6.6 s where later ones take 3.3–4.3 s). Only
 * the 100-node hour is short enough to repeat within `npm run bench`'s 10 minutes.
 */
function simSpeed(nodes: number, podsPerNode: number, target: number, runs: number): Benchmark {
  const name = `sim-speed-${nodes}`;
  return {
    name,
    description: `one hour of a busy ${nodes}-node cluster (${nodes * podsPerNode} pods) in the harness${runs > 1 ? `, fastest of ${runs} runs` : ''}`,
    async run(): Promise<BenchResult> {
      const walls: number[] = [];
      let pods = 0;
      let events = 0;
      for (let i = 0; i < runs; i++) {
        const sim = buildBusyCluster({ nodes, podsPerNode });
        sim.advance(60_000); // settle: schedule and start everything (not timed)
        const started = performance.now();
        runBusyHour(sim, nodes);
        walls.push(performance.now() - started);
        pods = sim.cp.store.count('Pod');
        events = sim.cp.store.count('Event');
        sim.stop();
      }
      const wallMs = Math.min(...walls);
      const all = runs > 1 ? ` (runs: ${walls.map((w) => `${(w / 1000).toFixed(1)} s`).join(', ')})` : '';
      return { name, value: Math.round(HOUR / wallMs), unit: '× real time', target, better: 'higher', detail: `${(wallMs / 1000).toFixed(1)} s wall for 1 h${all}; ${pods} pods and ${events} events at the end` };
    },
  };
}

export const simSpeed100 = simSpeed(100, 30, 1000, 5);
export const simSpeed1000 = simSpeed(1000, 10, 60, 1);
