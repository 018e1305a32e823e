// scratch: a demo cluster for looking at the dashboard (not committed)
import { startServer } from './test/support/live-server.ts';
import { runAgents } from './cli/commands/agent-run.ts';
import type { Pod, Node } from './core/types.ts';
import { refTo } from './server/events/recorder.ts';
import { decidePodOnNode } from './server/controllers/tainteviction/decision.ts';

const mode = process.argv[2] ?? 'small';
const port = Number(process.argv[3] ?? 8090);
const srv = await startServer({ timeScale: 10 });
const cp = srv.cp;
console.log('URL', srv.url);
const qos = (i: number) => i % 3 === 0 ? { requests: { cpu: '500m', memory: '512Mi' }, limits: { cpu: '500m', memory: '512Mi' } } : i % 3 === 1 ? { requests: { cpu: '100m', memory: '256Mi' } } : {};
const mkPod = (name: string, node: string | undefined, i: number, ns = 'default'): Pod => ({
  metadata: { name, namespace: ns, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d9f', uid: 'x', controller: true }] },
  spec: { ...(node ? { nodeName: node } : {}), priority: [0, 100, 1000, 100000, 2000000000][i % 5], containers: [{ name: 'app', image: 'nginx', resources: qos(i) }] },
});
if (mode === 'small') {
  const agents = [];
  for (let i = 1; i <= 6; i++) {
    agents.push(runAgents({ server: srv.url.replace('http', 'ws') + '/agent', token: 'test-token', name: `node-${i}`, nodes: 1,
      capacity: { cpu: '4', memory: '8Gi', pods: '110', 'ephemeral-storage': '100Gi' },
      labels: { 'topology.kubernetes.io/zone': `zone-${'abc'[i % 3]}` }, annotations: {}, taints: [],
      kubelet: i === 2 ? { evictionHard: { 'memory.available': '500Mi' }, evictionSoft: { 'memory.available': '1Gi' }, evictionSoftGracePeriod: { 'memory.available': '1m' } } : {}, podStartDelayMs: 2000 } as any, () => {}));
  }
  await new Promise((r) => setTimeout(r, 1500));
  for (let i = 0; i < 60; i++) cp.store.create('Pod', mkPod(`web-${i}`, `node-${1 + (i % 6)}`, i));
  for (let i = 0; i < 3; i++) cp.store.create('Pod', mkPod(`pending-${i}`, undefined, i));
  cp.store.mutate<Node>('Node', undefined, 'node-4', (n) => { n.spec!.unschedulable = true; n.spec!.taints = [{ key: 'example.com/maintenance', effect: 'NoSchedule' }]; });
  await new Promise((r) => setTimeout(r, 3000));
  // synthetic events with the why shapes the components write
  const pod = cp.store.must<Pod>('Pod', 'default', 'web-1');
  cp.recorder.record({ involvedObject: refTo(pod), type: 'Warning', reason: 'Evicted', message: 'The node was low on resource: memory. Threshold quantity: 500Mi, available: 312Mi. Container app was using 1200Mi, request is 256Mi, has larger consumption of memory.',
    source: { component: 'kubelet', host: 'node-2' }, why: { at: cp.clock.now(), outcome: 'evicted', nodeConditions: ['MemoryPressure'], observations: { 'memory.available': { available: '312Mi', capacity: '8Gi' } }, pending: [], thresholdsMet: [{ signal: 'memory.available', value: '500Mi', hard: true, gracePeriod: '0s' }], signal: 'memory.available', resource: 'memory', threshold: { signal: 'memory.available', value: '500Mi', hard: true, gracePeriod: '0s', quantity: '500Mi' }, observed: { available: '312Mi', capacity: '8Gi' }, rule: 'exceedsMemoryRequests, priority, memoryAboveRequests', candidates: [{ pod: 'default/web-1', uid: 'a', keys: { exceedsRequests: true, priority: 100, memoryAboveRequests: 992 * 1024 * 1024 } }, { pod: 'default/web-7', uid: 'b', keys: { exceedsRequests: false, priority: 0, memoryAboveRequests: 0 } }], evicted: [{ pod: 'default/web-1', uid: 'a', gracePeriodSeconds: 0, message: 'x', signal: 'memory.available' }] } });
  const d = decidePodOnNode({ pod: 'default/web-3', node: 'node-4', tolerations: [{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }], taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }], now: cp.clock.now(), existing: undefined });
  cp.recorder.record({ involvedObject: refTo(cp.store.must('Pod', 'default', 'web-3')), type: 'Normal', reason: 'TaintManagerEviction', message: 'Marking for deletion Pod default/web-3', source: { component: 'taint-eviction-controller' }, why: { ...(d as any).why, firedAt: new Date(cp.clock.now() + 300000).toISOString() } });
  cp.recorder.record({ involvedObject: refTo(cp.store.must('Pod', 'default', 'web-5')), type: 'Normal', reason: 'Preempted', message: 'Preempted by pod 1234 on node node-6', source: { component: 'default-scheduler' }, why: { preemptor: { kind: 'Pod', namespace: 'default', name: 'critical-db', uid: '1234' }, node: 'node-6', victim: 'default/web-5', preemption: { preemptor: 'default/critical-db', priority: 1000000, potentialNodes: 6, candidates: [{ node: 'node-6', numPDBViolations: 0, highestPriority: 100, sumPriorities: 4294967596, numVictims: 1, earliestStartTime: cp.clock.now() - 60000, victims: [{ pod: 'default/web-5', uid: 'u', priority: 100 }] }, { node: 'node-3', numPDBViolations: 0, highestPriority: 1000, sumPriorities: 4294968596, numVictims: 1, earliestStartTime: cp.clock.now() - 90000, victims: [{ pod: 'default/web-2', uid: 'v', priority: 1000 }] }], decidedBy: 'minHighestPriority', chosen: 'node-6', victims: [{ pod: 'default/web-5', uid: 'u', priority: 100 }] } } });
  cp.recorder.record({ involvedObject: refTo(cp.store.must('Pod', 'default', 'web-8')), type: 'Normal', reason: 'EvictionByEvictionAPI', message: 'Evicted through the Eviction API', source: { component: 'kube-apiserver' }, why: { mechanism: 'api-eviction', decision: 'allowed', pdb: null } });
  cp.recorder.record({ involvedObject: refTo(cp.store.must('Node', undefined, 'node-5')), type: 'Normal', reason: 'NodeNotReady', message: 'Node node-5 status is now: NodeNotReady', source: { component: 'node-controller' }, why: { node: 'node-5', decision: 'NodeStatusUnknown', observedAt: new Date(cp.clock.now()).toISOString(), lastProbeAt: new Date(cp.clock.now() - 52000).toISOString(), lastLeaseRenewObservedAt: new Date(cp.clock.now() - 52000).toISOString(), grace: 'nodeMonitorGracePeriod', gracePeriodMs: 50000, silentForMs: 52000, previousReady: 'True', zone: 'zone-c', zoneState: 'Normal' } });
  cp.store.mutate<Pod>('Pod', 'default', 'web-1', (p) => { p.status = { ...p.status, phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.' }; });
  cp.store.mutate<Pod>('Pod', 'default', 'web-3', (p) => { p.metadata!.deletionTimestamp = new Date(cp.clock.now()).toISOString(); });
  cp.store.mutate<Node>('Node', undefined, 'node-5', (n) => { n.spec!.taints = [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: new Date(cp.clock.now()).toISOString() }]; n.status!.conditions = n.status!.conditions!.map((c) => c.type === 'Ready' ? { ...c, status: 'Unknown', reason: 'NodeStatusUnknown' } : c); });
  cp.store.mutate<Node>('Node', undefined, 'node-2', (n) => { n.status!.conditions = n.status!.conditions!.map((c) => c.type === 'MemoryPressure' ? { ...c, status: 'True' } : c); });
} else {
  // big: 500 nodes, 15000 pods, no agents; stats pushed directly; churn
  for (let i = 1; i <= 500; i++) cp.store.create<Node>('Node', { metadata: { name: `node-${i}`, labels: { 'topology.kubernetes.io/zone': `zone-${'abc'[i % 3]}` } }, spec: {}, status: { capacity: { memory: '8Gi', cpu: '4' }, conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady' }] } });
  for (let i = 0; i < 15000; i++) cp.store.create('Pod', { ...mkPod(`p-${i}`, `node-${1 + (i % 500)}`, i), status: { phase: 'Running' } });
  let k = 0;
  setInterval(() => {
    for (let j = 0; j < 200; j++) {
      const i = (k++ * 7919) % 15000;
      cp.store.mutate<Pod>('Pod', 'default', `p-${i}`, (p) => { p.metadata!.labels = { k: String(k) }; });
    }
    for (let n = 1; n <= 500; n += 5) cp.gateway.stats.set({ node: `node-${((n + k) % 500) + 1}`, receivedAt: 0, pods: new Map(), summary: { time: cp.clock.now(), node: { memory: { available_bytes: 2 ** 30 * (1 + (k % 6)), working_set_bytes: 2 ** 30 * (7 - (k % 6)) }, fs: { capacity_bytes: 100 * 2 ** 30, available_bytes: 40 * 2 ** 30, inodes: 1e6, inodes_free: 8e5 }, rlimit: { maxpid: 32768, curproc: 400 } } } });
  }, 100);
}
