/** wire-bytes: sizes of the hot frames (lease, node status with 110 pods), and protobuf vs JSON. */
import { encodeAgentFrame, type AgentFrame } from '../proto/codec.js';
import type { Benchmark, BenchResult } from './types.js';

const GiB = 2 ** 30;

export function nodeStatusFrame(pods: number): AgentFrame {
  const now = Date.UTC(2026, 10, 27, 12);
  return {
    node_status: {
      conditions: ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map((type) => ({
        type, status: type === 'Ready' ? 'True' : 'False', reason: type === 'Ready' ? 'KubeletReady' : `KubeletHasSufficient${type}`,
        message: 'kubelet has sufficient memory available', last_heartbeat_time: now, last_transition_time: now - 3_600_000,
      })),
      summary: {
        time: now,
        node: {
          cpu_usage_nano_cores: 1_734_000_000,
          memory: { available_bytes: 9.3 * GiB, usage_bytes: 22.1 * GiB, working_set_bytes: 21.4 * GiB, rss_bytes: 18 * GiB },
          fs: { capacity_bytes: 200 * GiB, available_bytes: 121 * GiB, used_bytes: 79 * GiB, inodes: 13_107_200, inodes_free: 12_000_000, inodes_used: 1_107_200 },
          rlimit: { maxpid: 4_194_304, curproc: 1534 },
          allocatable_memory_working_set_bytes: 19.8 * GiB,
        },
        pods: Array.from({ length: pods }, (_, i) => ({
          ref: i + 1,
          cpu_usage_nano_cores: 12_000_000 + i * 131_071,
          memory_working_set_bytes: Math.round((180 + i * 3.7) * 2 ** 20),
          ephemeral_storage_used_bytes: Math.round((40 + i) * 2 ** 20),
          inodes_used: 120 + i,
          pids: 3 + (i % 7),
        })),
      },
    },
  };
}

export const wireBytes: Benchmark = {
  name: 'wire-bytes',
  description: 'lease frame and 110-pod node status sizes; protobuf vs the same content as JSON',
  results: ['wire-bytes-lease', 'wire-bytes-status-110', 'wire-bytes-json-ratio'],
  async run(): Promise<BenchResult[]> {
    const lease: AgentFrame = { lease: { renew_time: Date.UTC(2026, 10, 27, 12, 0, 0, 123) } };
    const leaseBytes = encodeAgentFrame(lease).length;
    const status = nodeStatusFrame(110);
    const statusBytes = encodeAgentFrame(status).length;
    const json = Buffer.byteLength(JSON.stringify(status));
    return [
      { name: 'wire-bytes-lease', value: leaseBytes, unit: 'B', target: 64, better: 'lower' },
      { name: 'wire-bytes-status-110', value: statusBytes, unit: 'B', target: 4096, better: 'lower' },
      { name: 'wire-bytes-json-ratio', value: +(statusBytes / json).toFixed(3), unit: '×', target: 0.5, better: 'lower', detail: `node status: ${statusBytes} B protobuf vs ${json} B JSON` },
    ];
  },
};
