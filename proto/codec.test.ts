import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { Random } from '../core/random.js';
import {
  type AgentFrame, ControlAction, FrameError, type NodeStatusMsg, PROTOCOL_VERSION, type PodStatsMsg, type ServerFrame,
  decodeAgentFrame, decodeServerFrame, encodeAgentFrame, encodeServerFrame,
} from './codec.js';

const T = Date.UTC(2030, 0, 1, 12, 0, 0, 123);

/** Every field of `expected` is present in `actual` with the same value (decoded messages add defaults). */
function assertCarries(actual: unknown, expected: unknown, path = 'frame'): void {
  if (expected instanceof Uint8Array) {
    assert.ok(actual instanceof Uint8Array, `${path}: not bytes`);
    assert.deepEqual([...actual], [...expected], path);
  } else if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path}: not an array`);
    assert.equal(actual.length, expected.length, `${path}: length`);
    expected.forEach((e, i) => assertCarries(actual[i], e, `${path}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', `${path}: not an object`);
    for (const [k, v] of Object.entries(expected)) assertCarries((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
  } else {
    assert.equal(actual, expected, path);
  }
}

const conditions = ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable'].map((type, i) => ({
  type, status: i === 0 ? 'True' : 'False', reason: i === 0 ? 'KubeletReady' : `KubeletHasNo${type}`,
  message: i === 0 ? 'kubelet is posting ready status' : `kubelet has no ${type.toLowerCase()}`,
  last_heartbeat_time: T, last_transition_time: T - 3_600_000,
}));

const agentFrames: Record<NonNullable<AgentFrame['msg']>, AgentFrame> = {
  hello: {
    hello: {
      protocol_version: PROTOCOL_VERSION, node_name: 'node-7', token: 's3cret',
      capacity: { cpu: '8', memory: '32Gi', pods: '110', 'ephemeral-storage': '100Gi' },
      allocatable: { cpu: '7800m', memory: '31Gi', pods: '110' }, labels: { 'kubernetes.io/hostname': 'node-7', zone: 'a' },
      taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule', time_added: T }],
      node_info: { machine_id: 'm', system_uuid: 'u', boot_id: 'b', kernel_version: '6.8', os_image: 'kemu', container_runtime_version: 'kemu://1',
        kubelet_version: 'v1.30.0', kube_proxy_version: 'v1.30.0', operating_system: 'linux', architecture: 'amd64' },
      kubelet: { eviction_hard: { 'memory.available': '100Mi', 'nodefs.available': '10%' }, eviction_soft: { 'memory.available': '300Mi' },
        eviction_soft_grace_period: { 'memory.available': '1m30s' }, eviction_minimum_reclaim: { 'memory.available': '0.5Gi' },
        eviction_max_pod_grace_period: 30, eviction_pressure_transition_period: '5m0s', node_status_update_frequency: '10s',
        node_lease_duration_seconds: 40 },
      annotations: { a: 'b' }, internal_ip: '10.0.0.7', unschedulable: true,
    },
  },
  lease: { lease: { renew_time: T } },
  node_status: {
    node_status: {
      conditions,
      summary: {
        time: T,
        node: { cpu_usage_nano_cores: 3_200_000_000, memory: { available_bytes: 8 * 2 ** 30, usage_bytes: 24 * 2 ** 30, working_set_bytes: 23 * 2 ** 30, rss_bytes: 20 * 2 ** 30 },
          fs: { capacity_bytes: 100 * 2 ** 30, available_bytes: 40 * 2 ** 30, used_bytes: 60 * 2 ** 30, inodes: 6_553_600, inodes_free: 6_000_000, inodes_used: 553_600 },
          image_fs: { capacity_bytes: 200 * 2 ** 30, available_bytes: 150 * 2 ** 30 }, rlimit: { maxpid: 4_194_304, curproc: 1234 },
          allocatable_memory_working_set_bytes: 22 * 2 ** 30 },
        pods: [{ ref: 3, cpu_usage_nano_cores: 250_000_000, memory_working_set_bytes: 1_500_000_000, ephemeral_storage_used_bytes: 3 * 2 ** 30,
          inodes_used: 12_000, pids: 42, containers: [{ name: 'app', cpu_usage_nano_cores: 1, memory_working_set_bytes: 2, rootfs_used_bytes: 3, logs_used_bytes: 4 }] }],
      },
      allocatable: { memory: '31Gi' },
    },
  },
  pod_status: {
    pod_status: {
      ref: 9, phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory. ', qos_class: 'BestEffort', start_time: T - 60_000,
      pod_ip: '10.244.0.9', host_ip: '10.0.0.7', conditions: [{ type: 'Ready', status: 'False', reason: 'PodFailed', message: '', last_transition_time: T }],
      container_statuses: [{ name: 'app', ready: false, restart_count: 2, started: false, image: 'busybox', container_id: 'kemu://abc',
        state: { terminated: { exit_code: 137, reason: 'Error', message: 'killed', started_at: T - 60_000, finished_at: T } },
        last_state: { running: { started_at: T - 120_000 } } }],
      init_container_statuses: [{ name: 'init', state: { waiting: { reason: 'PodInitializing', message: '' } } }],
    },
  },
  event: { event: { ref: 0, type: 'Warning', reason: 'EvictionThresholdMet', message: 'Attempting to reclaim memory', annotations: { k: 'v' }, why_json: '{"signal":"memory.available"}' } },
  pod_terminated: { pod_terminated: { ref: 9, uid: '6f1c0a52-2f7e-4c1c-9a35-0c3a3c1e2b7d' } },
  mirror_pod: { mirror_pod: { pod_json: new TextEncoder().encode('{"kind":"Pod"}'), delete: false, namespace: 'kube-system', name: 'etcd-node-7' } },
};

const serverFrames: Record<NonNullable<ServerFrame['msg']>, ServerFrame> = {
  welcome: { welcome: { protocol_version: PROTOCOL_VERSION, cluster_time: T, time_scale: 60, paused: true, node_uid: 'uid-1', server_version: '0.1.0' } },
  pod: {
    pod: {
      ref: 9, uid: 'uid-9', namespace: 'default', name: 'web-1', priority: 1000, priority_class_name: 'high',
      containers: [{ name: 'app', requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' }, image: 'nginx' }],
      init_containers: [{ name: 'init', image: 'busybox' }], annotations: { a: '1' }, labels: { app: 'web' },
      termination_grace_period_seconds: 30, owner: { api_version: 'apps/v1', kind: 'ReplicaSet', name: 'web-5d9', uid: 'rs-uid', controller: true },
      deletion_timestamp: T, deletion_grace_period_seconds: 30, creation_timestamp: T - 1000,
      tolerations: [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', toleration_seconds: 300, has_toleration_seconds: true }],
      restart_policy: 'Always', resource_version: '42', has_overhead: true, overhead: { cpu: '10m' },
      volumes: [{ name: 'scratch', empty_dir: true, size_limit: '1Gi', medium: 'Memory' }],
    },
  },
  pod_delete: { pod_delete: { ref: 9, uid: 'uid-9' } },
  node: { node: { labels: { zone: 'b' }, annotations: { x: 'y' }, taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', time_added: T }], unschedulable: true } },
  error: { error: { code: 4004, message: 'NodeRestriction: pod is not bound to this node' } },
  sync_done: { sync_done: { pod_count: 17 } },
  clock: { clock: { cluster_time: T, time_scale: 3600, paused: false } },
  control: { control: { action: ControlAction.STOP_KUBELET, duration_ms: 30_000 } },
};

describe('agent ↔ server frames', () => {
  it('round-trips every AgentFrame variant through encodeAgentFrame/decodeAgentFrame', () => {
    for (const [variant, frame] of Object.entries(agentFrames)) {
      const decoded = decodeAgentFrame(encodeAgentFrame(frame));
      assert.equal(decoded.msg, variant);
      assertCarries(decoded, frame, variant);
    }
  });

  it('round-trips every ServerFrame variant through encodeServerFrame/decodeServerFrame', () => {
    for (const [variant, frame] of Object.entries(serverFrames)) {
      const decoded = decodeServerFrame(encodeServerFrame(frame));
      assert.equal(decoded.msg, variant);
      assertCarries(decoded, frame, variant);
    }
  });

  it('decodes int64/uint64 fields as JS numbers, absent ones as 0, like the generated types say', () => {
    // protobufjs returns Long objects when the `long` package is loadable, whatever --force-number says.
    const kubelet = decodeAgentFrame(encodeAgentFrame({ hello: { kubelet: { eviction_max_pod_grace_period: -5 } } })).hello?.kubelet;
    assert.equal(kubelet?.eviction_max_pod_grace_period, -5);
    const pod = decodeAgentFrame(encodeAgentFrame({ node_status: { summary: { pods: [{ ref: 1, memory_working_set_bytes: 5 * 2 ** 30 }] } } })).node_status?.summary?.pods?.[0];
    assert.equal(pod?.memory_working_set_bytes, 5 * 2 ** 30);
    assert.equal(pod?.cpu_usage_nano_cores, 0);
    assert.equal(decodeServerFrame(encodeServerFrame({ pod: { ref: 1 } })).pod?.termination_grace_period_seconds, 0);
  });

  it('keeps a lease renewal frame under 64 bytes', () => {
    const bytes = encodeAgentFrame({ lease: { renew_time: T } });
    assert.ok(bytes.length < 64, `${bytes.length} bytes`);
  });

  it('throws FrameError on garbage, truncated frames and frames with no message', () => {
    const garbage = [Uint8Array.of(0xff, 0xff, 0xff, 0xff), Uint8Array.of(0x0a, 0x64, 0x01), Uint8Array.of(0x07), new Uint8Array(0)];
    for (const bytes of garbage) {
      assert.throws(() => decodeAgentFrame(bytes), FrameError);
      assert.throws(() => decodeServerFrame(bytes), FrameError);
    }
    const full = encodeAgentFrame(agentFrames.hello);
    assert.throws(() => decodeAgentFrame(full.subarray(0, full.length - 3)), FrameError);
  });

  it('never fails on arbitrary bytes with anything but FrameError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      for (const decode of [decodeAgentFrame, decodeServerFrame]) {
        try {
          assert.ok(decode(bytes).msg);
        } catch (err) {
          assert.ok(err instanceof FrameError, String(err));
        }
      }
    }), { seed: 1, numRuns: 500 });
  });

  it('encodes a node status with 110 pods of realistic stats in at most 4 KB', () => {
    const r = new Random('node-status-size');
    const GiB = 2 ** 30;
    const pods: PodStatsMsg[] = Array.from({ length: 110 }, (_, i) => ({
      ref: i + 1,
      cpu_usage_nano_cores: 50_000_000 + r.intn(1_950_000_000), // 0.05–2 cores
      memory_working_set_bytes: Math.round((0.5 + r.float() * 3.5) * GiB), // 0.5–4 GiB
      ephemeral_storage_used_bytes: Math.round((1 + r.float() * 7) * GiB), // 1–8 GiB
      inodes_used: 1_000 + r.intn(60_000),
      pids: 5 + r.intn(200),
    }));
    const status: NodeStatusMsg = { ...agentFrames.node_status.node_status!, summary: { ...agentFrames.node_status.node_status!.summary!, pods } };
    const bytes = encodeAgentFrame({ node_status: status });
    assert.ok(bytes.length <= 4096, `${bytes.length} bytes`);
    assert.equal(decodeAgentFrame(bytes).node_status?.summary?.pods?.length, 110);
  });
});

describe('generated code', () => {
  // Slow by nature (~5 s: pbts runs jsdoc); everything else in this file takes milliseconds.
  it('proto/gen/kemu.{js,d.ts} are what `npm run proto` makes from proto/kemu.proto', { timeout: 60_000 }, async () => {
    // A path computed at run time keeps tsc from compiling the generator script.
    const url = pathToFileURL(join(process.cwd(), 'scripts', 'gen-proto.mjs')).href;
    const { generate } = (await import(url)) as { generate(): { js: string; dts: string } };
    const { js, dts } = generate();
    assert.ok(js === readFileSync(join(process.cwd(), 'proto/gen/kemu.js'), 'utf8'), 'proto/gen/kemu.js is stale: run `npm run proto`');
    assert.ok(dts === readFileSync(join(process.cwd(), 'proto/gen/kemu.d.ts'), 'utf8'), 'proto/gen/kemu.d.ts is stale: run `npm run proto`');
  });
});
