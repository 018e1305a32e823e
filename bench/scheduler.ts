/** scheduler-basic-5k / scheduler-preemption-5k: in process, manual clock, pods per wall second. */
import { benchScheduler } from '../server/scheduler/bench.js';
import type { Benchmark, BenchResult } from './types.js';

export const schedulerBasic: Benchmark = {
  name: 'scheduler-basic-5k',
  description: 'schedule 10,000 pods onto 5,000 nodes (no preemption)',
  async run(): Promise<BenchResult> {
    const r = await benchScheduler({ nodes: 5000, pods: 10000, preemption: false });
    return { name: 'scheduler-basic-5k', value: Math.round(r.podsPerSecond), unit: 'pods/s', target: 1000, better: 'higher', detail: `${r.scheduled} scheduled, ${r.pending} pending in ${Math.round(r.elapsedMs)} ms` };
  },
};

export const schedulerPreemption: Benchmark = {
  name: 'scheduler-preemption-5k',
  // 3,000 rather than 10,000 preemptors keeps `npm run bench` under 10 minutes: every one of them
  // must preempt (10,000 take ~170 s at today's rate, see README, Performance).
  description: 'schedule 3,000 pods onto 5,000 full nodes where every pod must preempt (10,000 victims)',
  async run(): Promise<BenchResult> {
    const r = await benchScheduler({ nodes: 5000, pods: 3000, preemption: true });
    return { name: 'scheduler-preemption-5k', value: Math.round(r.podsPerSecond), unit: 'pods/s', target: 600, better: 'higher', detail: `${r.scheduled} scheduled, ${r.preempted} preempted, ${r.pending} pending in ${Math.round(r.elapsedMs)} ms` };
  },
};
