/**
 * Runs chaos schedules against a live cluster (`kemu up`, docker compose). node-cron fires them on
 * the wall clock; durations (`for: 2m`) are cluster time, converted with the server's time scale.
 */
import { schedule, type ScheduledTask } from 'node-cron';
import { matchesLabels } from '../../core/labels.js';
import { Random } from '../../core/random.js';
import type { Node, Taint } from '../../core/types.js';
import { ApiClient } from './client.js';
import type { ChaosAction, ChaosFile, ChaosSchedule } from './parse.js';

export type ChaosLog = (line: string) => void;

export class ChaosRunner {
  private readonly tasks: ScheduledTask[] = [];
  private readonly random: Random;
  private readonly pending = new Set<NodeJS.Timeout>();

  constructor(private readonly file: ChaosFile, private readonly api: ApiClient, private readonly log: ChaosLog) {
    this.random = new Random(file.seed);
  }

  start(): void {
    for (const s of this.file.schedules) {
      this.tasks.push(schedule(s.cron, () => this.fire(s).catch((err: Error) => this.log(`${s.name}: failed: ${err.message}`)), { name: s.name, noOverlap: true }));
    }
    this.log(`chaos "${this.file.name}": ${this.file.schedules.length} schedule(s) armed (seed ${this.file.seed})`);
  }

  async stop(): Promise<void> {
    for (const t of this.tasks) await t.destroy();
    for (const h of this.pending) clearTimeout(h);
  }

  /** One firing: resolve targets, run the action on each. Exposed for tests. */
  async fire(s: ChaosSchedule): Promise<string[]> {
    const targets = await this.targets(s);
    if (targets.length === 0) {
      this.log(`${s.name}: no node matches the target`);
      return [];
    }
    for (const node of targets) await this.act(s, node, s.action);
    return targets;
  }

  private async targets(s: ChaosSchedule): Promise<string[]> {
    let nodes: Node[] = await this.api.nodes();
    if (s.target.names) nodes = nodes.filter((n) => s.target.names!.includes(n.metadata?.name ?? ''));
    if (s.target.selector) nodes = nodes.filter((n) => matchesLabels(s.target.selector!, n.metadata?.labels));
    const names = nodes.map((n) => n.metadata?.name ?? '').sort();
    if (!s.target.random) return names;
    const picked: string[] = [];
    const pool = [...names];
    while (picked.length < s.target.random && pool.length > 0) picked.push(pool.splice(this.random.intn(pool.length), 1)[0]);
    return picked;
  }

  private async later(forMs: number | undefined, fn: () => Promise<void>): Promise<void> {
    if (!forMs) return;
    const scale = await this.api.clockScale();
    const h = setTimeout(() => {
      this.pending.delete(h);
      fn().catch((err: Error) => this.log(`undo failed: ${err.message}`));
    }, forMs / scale);
    this.pending.add(h);
  }

  private async act(s: ChaosSchedule, node: string, a: ChaosAction): Promise<void> {
    const say = (what: string) => this.log(`${s.name}: ${what} ${node}`);
    switch (a.type) {
      case 'stopNode':
        await this.api.control(node, 'stop');
        say('stopped kubelet on');
        return this.later(a.forMs, async () => { await this.api.control(node, 'start'); say('started kubelet on'); });
      case 'startNode':
        await this.api.control(node, 'start');
        return say('started kubelet on');
      case 'partitionNode':
        await this.api.control(node, 'disconnect', a.forMs);
        return say('partitioned');
      case 'cordon':
      case 'uncordon':
        await this.api.patchNode(node, { spec: { unschedulable: a.type === 'cordon' ? true : null } });
        return say(a.type === 'cordon' ? 'cordoned' : 'uncordoned');
      case 'taint': {
        const taint: Taint = { key: a.key, effect: a.effect, ...(a.value !== undefined ? { value: a.value } : {}) };
        await this.setTaints(node, (ts) => [...ts.filter((t) => !(t.key === a.key && t.effect === a.effect)), taint]);
        say(`tainted ${a.key}:${a.effect}`);
        return this.later(a.forMs, async () => {
          await this.setTaints(node, (ts) => ts.filter((t) => !(t.key === a.key && t.effect === a.effect)));
          say(`untainted ${a.key}:${a.effect}`);
        });
      }
      case 'drain': return this.drain(node, say);
      case 'setUsage': {
        const annotations = Object.fromEntries(Object.entries(a.usage).map(([k, v]) => [`usage.kemu.dev/${k}`, v]));
        const cleared = Object.fromEntries(Object.keys(annotations).map((k) => [k, null]));
        if (!a.pods) {
          await this.api.patchNode(node, { metadata: { annotations } });
          say(`set usage ${JSON.stringify(a.usage)} on`);
          return this.later(a.forMs, async () => { await this.api.patchNode(node, { metadata: { annotations: cleared } }); say('cleared usage on'); });
        }
        const pods = (await this.api.podsOn(node)).filter((p) => matchesLabels(a.pods!, p.metadata?.labels) && !p.metadata?.deletionTimestamp);
        for (const p of pods) await this.api.patchPod(p.metadata!.namespace!, p.metadata!.name!, { metadata: { annotations } });
        say(`set usage ${JSON.stringify(a.usage)} on ${pods.length} pod(s) of`);
        return this.later(a.forMs, async () => {
          for (const p of pods) await this.api.patchPod(p.metadata!.namespace!, p.metadata!.name!, { metadata: { annotations: cleared } }).catch(() => undefined);
        });
      }
    }
  }

  private async setTaints(node: string, fn: (ts: Taint[]) => Taint[]): Promise<void> {
    const n = (await this.api.nodes()).find((x) => x.metadata?.name === node);
    if (!n) throw new Error(`node ${node} not found`);
    const next = fn(n.spec?.taints ?? []);
    await this.api.patchNode(node, { spec: { taints: next.length ? next : null } });
  }

  /** Like `kubectl drain --ignore-daemonsets`: cordon, evict, retry PDB refusals every 5 s for up to 2 minutes. */
  private async drain(node: string, say: (w: string) => void): Promise<void> {
    await this.api.patchNode(node, { spec: { unschedulable: true } });
    const deadline = performance.now() + 120_000;
    for (;;) {
      const pods = (await this.api.podsOn(node)).filter((p) =>
        !p.metadata?.deletionTimestamp && p.metadata?.ownerReferences?.find((o) => o.controller)?.kind !== 'DaemonSet' &&
        !p.metadata?.annotations?.['kubernetes.io/config.mirror'] && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
      if (pods.length === 0) return say('drained');
      let refused = 0;
      for (const p of pods) if ((await this.api.evict(p.metadata!.namespace!, p.metadata!.name!)) === 429) refused++;
      if (refused === 0) return say(`evicted ${pods.length} pod(s) from`);
      if (performance.now() > deadline) return say(`gave up draining (${refused} eviction(s) still refused by PodDisruptionBudgets)`);
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
}
