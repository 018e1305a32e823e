import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Node, Pod } from '../../../core/types.js';
import { NodeInfo, podInfoOf } from '../node-info.js';
import { fitsRequest, fitStatus, leastAllocatedScore, nodeResourcesFitFilter } from './node-resources-fit.js';
import { balancedAllocationScore } from './balanced-allocation.js';
import { podContext } from './types.js';
import { makeNode, makePod } from '../testing/wrappers.js';

const extendedA = 'example.com/aaa';
const extendedB = 'example.com/bbb';
const k8sIOA = 'kubernetes.io/something';
const k8sIOB = 'subdomain.kubernetes.io/something';
const hugePageA = 'hugepages-2Mi';

interface Usage { milliCPU?: number; memory?: number; eph?: number; scalar?: Record<string, number> }

let uidSeq = 0;

/** newResourcePod: one container per usage. */
function resourcePod(...usage: Usage[]): Pod {
  const w = makePod(`p${uidSeq}`).uid(`uid-${uidSeq++}`);
  for (const u of usage) {
    const req: Record<string, string> = { cpu: `${u.milliCPU ?? 0}m`, memory: String(u.memory ?? 0), pods: '0', 'ephemeral-storage': String(u.eph ?? 0) };
    for (const [k, v] of Object.entries(u.scalar ?? {})) req[k] = String(v);
    w.req(req);
  }
  return w.obj();
}

/** newResourceInitPod: the usages become init containers. */
function withInit(pod: Pod, ...usage: Usage[]): Pod {
  pod.spec!.initContainers = resourcePod(...usage).spec!.containers;
  return pod;
}

function withOverhead(pod: Pod, overhead: Record<string, string>): Pod {
  pod.spec!.overhead = overhead;
  return pod;
}

/** makeAllocatableResources(milliCPU, memory, pods, extendedA, storage, hugePageA) */
function node(milliCPU: number, memory: number, pods: number, extA: number, storage: number, huge: number): Node {
  const r = { cpu: `${milliCPU}m`, memory: String(memory), pods: String(pods), [extendedA]: String(extA), 'ephemeral-storage': String(storage), [hugePageA]: String(huge) };
  return makeNode('n').capacity(r).obj();
}

function nodeInfo(n: Node, ...pods: Pod[]): NodeInfo {
  const ni = new NodeInfo(n);
  for (const p of pods) ni.addPod(podInfoOf(p));
  return ni;
}

function filter(pod: Pod, ni: NodeInfo) {
  return nodeResourcesFitFilter.filter(podContext(podInfoOf(pod)), ni);
}

// upstream: TestEnoughRequests (fit_test.go). The node allocatable is (10m cpu, 20 memory, 32 pods,
// 5 example.com/aaa, 20 ephemeral-storage, 5 hugepages-2Mi); the code follows the newest fit.go, in
// which a request above the whole allocatable is UnschedulableAndUnresolvable (PR #131345).
describe('NodeResourcesFit filter: enough requests', () => {
  const n = () => node(10, 20, 32, 5, 20, 5);
  const cases: Array<{ name: string; pod: Pod; existing: Pod; code?: string; reasons?: string[] }> = [
    { name: 'no resources requested always fits', pod: makePod('x').obj(), existing: resourcePod({ milliCPU: 10, memory: 20 }) },
    { name: 'too many resources fails', pod: resourcePod({ milliCPU: 1, memory: 1 }), existing: resourcePod({ milliCPU: 10, memory: 20 }), code: 'Unschedulable', reasons: ['Insufficient cpu', 'Insufficient memory'] },
    { name: 'too many resources fails due to init container cpu', pod: withInit(resourcePod({ milliCPU: 1, memory: 1 }), { milliCPU: 3, memory: 1 }), existing: resourcePod({ milliCPU: 8, memory: 19 }), code: 'Unschedulable', reasons: ['Insufficient cpu'] },
    { name: 'too many resources fails due to highest init container cpu', pod: withInit(resourcePod({ milliCPU: 1, memory: 1 }), { milliCPU: 3, memory: 1 }, { milliCPU: 2, memory: 1 }), existing: resourcePod({ milliCPU: 8, memory: 19 }), code: 'Unschedulable', reasons: ['Insufficient cpu'] },
    { name: 'too many resources fails due to init container memory', pod: withInit(resourcePod({ milliCPU: 1, memory: 1 }), { milliCPU: 1, memory: 3 }), existing: resourcePod({ milliCPU: 9, memory: 19 }), code: 'Unschedulable', reasons: ['Insufficient memory'] },
    { name: 'too many resources fails due to highest init container memory', pod: withInit(resourcePod({ milliCPU: 1, memory: 1 }), { milliCPU: 1, memory: 3 }, { milliCPU: 1, memory: 2 }), existing: resourcePod({ milliCPU: 9, memory: 19 }), code: 'Unschedulable', reasons: ['Insufficient memory'] },
    { name: "init container fits because it's the max, not sum, of containers and init containers", pod: withInit(resourcePod({ milliCPU: 1, memory: 1 }), { milliCPU: 1, memory: 1 }), existing: resourcePod({ milliCPU: 9, memory: 19 }) },
    { name: "multiple init containers fit because it's the max, not sum, of containers and init containers", pod: withInit(resourcePod({ milliCPU: 1, memory: 1 }), { milliCPU: 1, memory: 1 }, { milliCPU: 1, memory: 1 }), existing: resourcePod({ milliCPU: 9, memory: 19 }) },
    { name: 'both resources fit', pod: resourcePod({ milliCPU: 1, memory: 1 }), existing: resourcePod({ milliCPU: 5, memory: 5 }) },
    { name: 'one resource memory fits', pod: resourcePod({ milliCPU: 2, memory: 1 }), existing: resourcePod({ milliCPU: 9, memory: 5 }), code: 'Unschedulable', reasons: ['Insufficient cpu'] },
    { name: 'one resource cpu fits', pod: resourcePod({ milliCPU: 1, memory: 2 }), existing: resourcePod({ milliCPU: 5, memory: 19 }), code: 'Unschedulable', reasons: ['Insufficient memory'] },
    { name: 'equal edge case', pod: resourcePod({ milliCPU: 5, memory: 1 }), existing: resourcePod({ milliCPU: 5, memory: 19 }) },
    { name: 'equal edge case for init container', pod: withInit(resourcePod({ milliCPU: 4, memory: 1 }), { milliCPU: 5, memory: 1 }), existing: resourcePod({ milliCPU: 5, memory: 19 }) },
    { name: 'extended resource fits', pod: resourcePod({ scalar: { [extendedA]: 1 } }), existing: resourcePod({}) },
    { name: 'extended resource fits for init container', pod: withInit(resourcePod({}), { scalar: { [extendedA]: 1 } }), existing: resourcePod({}) },
    { name: 'extended resource capacity enforced', pod: resourcePod({ milliCPU: 1, memory: 1, scalar: { [extendedA]: 10 } }), existing: resourcePod({ scalar: { [extendedA]: 0 } }), code: 'UnschedulableAndUnresolvable', reasons: [`Insufficient ${extendedA}`] },
    { name: 'extended resource capacity enforced for init container', pod: withInit(resourcePod({}), { milliCPU: 1, memory: 1, scalar: { [extendedA]: 10 } }), existing: resourcePod({ scalar: { [extendedA]: 0 } }), code: 'UnschedulableAndUnresolvable', reasons: [`Insufficient ${extendedA}`] },
    { name: 'extended resource allocatable enforced', pod: resourcePod({ milliCPU: 1, memory: 1, scalar: { [extendedA]: 1 } }), existing: resourcePod({ scalar: { [extendedA]: 5 } }), code: 'Unschedulable', reasons: [`Insufficient ${extendedA}`] },
    { name: 'extended resource allocatable enforced for init container', pod: withInit(resourcePod({}), { milliCPU: 1, memory: 1, scalar: { [extendedA]: 1 } }), existing: resourcePod({ scalar: { [extendedA]: 5 } }), code: 'Unschedulable', reasons: [`Insufficient ${extendedA}`] },
    { name: 'extended resource allocatable enforced for multiple containers', pod: resourcePod({ milliCPU: 1, memory: 1, scalar: { [extendedA]: 3 } }, { milliCPU: 1, memory: 1, scalar: { [extendedA]: 3 } }), existing: resourcePod({ scalar: { [extendedA]: 2 } }), code: 'UnschedulableAndUnresolvable', reasons: [`Insufficient ${extendedA}`] },
    { name: 'extended resource allocatable admits multiple init containers', pod: withInit(resourcePod({}), { milliCPU: 1, memory: 1, scalar: { [extendedA]: 3 } }, { milliCPU: 1, memory: 1, scalar: { [extendedA]: 3 } }), existing: resourcePod({ scalar: { [extendedA]: 2 } }) },
    { name: 'extended resource allocatable enforced for multiple init containers', pod: withInit(resourcePod({}), { milliCPU: 1, memory: 1, scalar: { [extendedA]: 6 } }, { milliCPU: 1, memory: 1, scalar: { [extendedA]: 3 } }), existing: resourcePod({ scalar: { [extendedA]: 2 } }), code: 'UnschedulableAndUnresolvable', reasons: [`Insufficient ${extendedA}`] },
    { name: 'extended resource allocatable enforced for unknown resource', pod: resourcePod({ milliCPU: 1, memory: 1, scalar: { [extendedB]: 1 } }), existing: resourcePod({}), code: 'UnschedulableAndUnresolvable', reasons: [`Insufficient ${extendedB}`] },
    { name: 'extended resource allocatable enforced for unknown resource for init container', pod: withInit(resourcePod({}), { milliCPU: 1, memory: 1, scalar: { [extendedB]: 1 } }), existing: resourcePod({}), code: 'UnschedulableAndUnresolvable', reasons: [`Insufficient ${extendedB}`] },
    { name: 'kubernetes.io resource capacity enforced', pod: resourcePod({ milliCPU: 1, memory: 1, scalar: { [k8sIOA]: 10 } }), existing: resourcePod({}), code: 'UnschedulableAndUnresolvable', reasons: [`Insufficient ${k8sIOA}`] },
    { name: 'kubernetes.io resource capacity enforced for init container', pod: withInit(resourcePod({}), { milliCPU: 1, memory: 1, scalar: { [k8sIOB]: 10 } }), existing: resourcePod({}), code: 'UnschedulableAndUnresolvable', reasons: [`Insufficient ${k8sIOB}`] },
    { name: 'hugepages resource capacity enforced', pod: resourcePod({ milliCPU: 1, memory: 1, scalar: { [hugePageA]: 10 } }), existing: resourcePod({ scalar: { [hugePageA]: 0 } }), code: 'UnschedulableAndUnresolvable', reasons: [`Insufficient ${hugePageA}`] },
    { name: 'hugepages resource capacity enforced for init container', pod: withInit(resourcePod({}), { milliCPU: 1, memory: 1, scalar: { [hugePageA]: 10 } }), existing: resourcePod({ scalar: { [hugePageA]: 0 } }), code: 'UnschedulableAndUnresolvable', reasons: [`Insufficient ${hugePageA}`] },
    { name: 'hugepages resource allocatable enforced for multiple containers', pod: resourcePod({ milliCPU: 1, memory: 1, scalar: { [hugePageA]: 3 } }, { milliCPU: 1, memory: 1, scalar: { [hugePageA]: 3 } }), existing: resourcePod({ scalar: { [hugePageA]: 2 } }), code: 'UnschedulableAndUnresolvable', reasons: [`Insufficient ${hugePageA}`] },
    { name: 'resources + pod overhead fits', pod: withOverhead(resourcePod({ milliCPU: 1, memory: 1 }), { cpu: '3m', memory: '13' }), existing: resourcePod({ milliCPU: 5, memory: 5 }) },
    { name: 'requests + overhead does not fit for memory', pod: withOverhead(resourcePod({ milliCPU: 1, memory: 1 }), { cpu: '1m', memory: '15' }), existing: resourcePod({ milliCPU: 5, memory: 5 }), code: 'Unschedulable', reasons: ['Insufficient memory'] },
    { name: 'skip checking extended resource request with quantity zero via resource groups', pod: resourcePod({ milliCPU: 1, memory: 1, scalar: { [extendedA]: 0 } }), existing: resourcePod({ scalar: { [extendedA]: 6 } }) },
    { name: 'skip checking resource request with quantity zero', pod: resourcePod({ scalar: { [extendedA]: 1 } }), existing: resourcePod({ milliCPU: 20, memory: 30, scalar: { [extendedA]: 1 } }) },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = filter(c.pod, nodeInfo(n(), c.existing));
      if (!c.code) assert.equal(s, null);
      else {
        assert.equal(s?.code, c.code);
        assert.deepEqual(s?.reasons, c.reasons);
        assert.equal(s?.plugin, 'NodeResourcesFit');
      }
    });
  }

  it('reports requested, used and capacity for each insufficient resource', () => {
    const pod = resourcePod({ milliCPU: 1, memory: 1 });
    const got = fitsRequest(podInfoOf(pod).res.requests, nodeInfo(n(), resourcePod({ milliCPU: 10, memory: 20 })));
    assert.deepEqual(got.map((r) => [r.resourceName, r.requested, r.used, r.capacity]), [['cpu', 1, 10, 10], ['memory', 1, 20, 20]]);
  });

  it('skips an ignored extended resource (NodeResourcesFitArgs.IgnoredResources)', () => {
    const pod = resourcePod({ milliCPU: 1, memory: 1, scalar: { [extendedB]: 1 } });
    assert.deepEqual(fitsRequest(podInfoOf(pod).res.requests, nodeInfo(n(), resourcePod({})), new Set([extendedB])), []);
  });
});

// upstream: TestNotEnoughRequests (fit_test.go): node with room for one pod.
describe('NodeResourcesFit filter: pod count', () => {
  const n = () => node(10, 20, 1, 0, 0, 0);
  const cases: Array<[string, Pod, Pod]> = [
    ["even without specified resources, predicate fails when there's no space for additional pod", makePod('x').obj(), resourcePod({ milliCPU: 10, memory: 20 })],
    ["even if both resources fit, predicate fails when there's no space for additional pod", resourcePod({ milliCPU: 1, memory: 1 }), resourcePod({ milliCPU: 5, memory: 5 })],
    ["even for equal edge case, predicate fails when there's no space for additional pod", resourcePod({ milliCPU: 5, memory: 1 }), resourcePod({ milliCPU: 5, memory: 19 })],
    ["even for equal edge case, predicate fails when there's no space for additional pod due to init container", withInit(resourcePod({ milliCPU: 5, memory: 1 }), { milliCPU: 5, memory: 1 }), resourcePod({ milliCPU: 5, memory: 19 })],
  ];
  for (const [name, pod, existing] of cases) {
    it(name, () => {
      const s = filter(pod, nodeInfo(n(), existing));
      assert.equal(s?.code, 'Unschedulable');
      assert.deepEqual(s?.reasons, ['Too many pods']);
    });
  }
});

// upstream: TestStorageRequests (fit_test.go)
describe('NodeResourcesFit filter: ephemeral storage', () => {
  const n = () => node(10, 20, 32, 5, 20, 5);
  it('empty storage requested, and pod fits', () => {
    assert.equal(filter(resourcePod({ milliCPU: 1, memory: 1 }), nodeInfo(n(), resourcePod({ milliCPU: 2, memory: 10 }))), null);
  });
  it('storage ephemeral local storage request exceeds allocatable', () => {
    const s = filter(resourcePod({ eph: 25 }), nodeInfo(n(), resourcePod({ milliCPU: 2, memory: 2 })));
    assert.deepEqual(s?.reasons, ['Insufficient ephemeral-storage']);
    assert.equal(s?.code, 'UnschedulableAndUnresolvable');
  });
  it('ephemeral local storage is sufficient', () => {
    assert.equal(filter(resourcePod({ eph: 5 }), nodeInfo(n(), resourcePod({ milliCPU: 2, memory: 2, eph: 10 }))), null);
  });
  it('pod fits', () => {
    assert.equal(filter(resourcePod({ eph: 10 }), nodeInfo(n(), resourcePod({ milliCPU: 2, memory: 2 }))), null);
  });
});

describe('pod requests with sidecars (restartable init containers)', () => {
  // KEP-753: sidecars add to the sum and to every later init container.
  it('counts a sidecar alongside the containers and the init containers after it', () => {
    const pod = makePod('s').uid('s').req({ cpu: '100m' }).initReq({ cpu: '50m' }, 'Always').initReq({ cpu: '200m' }).obj();
    // containers 100 + sidecar 50 = 150; the later init container needs 200 + 50 = 250 → max 250.
    assert.equal(podInfoOf(pod).res.requests.milliCPU, 250);
  });
  it('has the filter reject a node where only the sidecar-inclusive sum does not fit', () => {
    const pod = makePod('s2').uid('s2').req({ cpu: '100m' }).initReq({ cpu: '50m' }, 'Always').obj();
    const ni = nodeInfo(makeNode('n').capacity({ cpu: '140m', memory: '1Gi' }).obj());
    assert.deepEqual(filter(pod, ni)?.reasons, ['Insufficient cpu']);
  });
});

function scoreNode(pod: Pod, n: Node, existing: Pod[], f: (pc: ReturnType<typeof podContext>, ni: NodeInfo) => number): number {
  return f(podContext(podInfoOf(pod)), nodeInfo(n, ...existing));
}

// upstream: TestLeastAllocatedScoringStrategy (least_allocated_test.go). st.MakeNode().Capacity
// with "cpu": "4000" means 4000 cores; a pod without containers requests nothing (no defaults).
describe('NodeResourcesFit score: LeastAllocated', () => {
  const nd = (name: string, cpu: string, mem: string) => makeNode(name).capacity({ cpu, memory: mem }).obj();
  const req = (pod: ReturnType<typeof makePod>) => pod.req({ cpu: '1000', memory: '2000' }).req({ cpu: '2000', memory: '3000' });
  let i = 0;
  const on = (node: string, r?: Record<string, string>) => { const w = makePod(`e${i}`).uid(`e${i++}`).node(node); return (r ? w.req(r) : w).obj(); };
  it('nothing scheduled, nothing requested', () => {
    assert.equal(scoreNode(makePod('p').obj(), nd('node1', '4000', '10000'), [], leastAllocatedScore), 100);
  });
  it('nothing scheduled, resources requested, differently sized nodes', () => {
    assert.equal(scoreNode(req(makePod('p')).obj(), nd('node1', '4000', '10000'), [], leastAllocatedScore), 37);
    assert.equal(scoreNode(req(makePod('p')).obj(), nd('node2', '6000', '10000'), [], leastAllocatedScore), 50);
  });
  it('no resources requested, pods scheduled', () => {
    assert.equal(scoreNode(makePod('p').obj(), nd('node1', '4000', '10000'), [on('node1'), on('node1')], leastAllocatedScore), 100);
  });
  it('no resources requested, pods scheduled with resources', () => {
    const p = makePod('p').obj();
    assert.equal(scoreNode(p, nd('node1', '10000', '20000'), [on('node1', { cpu: '3000', memory: '0' }), on('node1', { cpu: '3000', memory: '0' })], leastAllocatedScore), 70);
    assert.equal(scoreNode(p, nd('node2', '10000', '20000'), [on('node2', { cpu: '3000', memory: '0' }), on('node2', { cpu: '3000', memory: '5000' })], leastAllocatedScore), 57);
  });
  it('resources requested, pods scheduled with resources', () => {
    const p = req(makePod('p')).obj();
    assert.equal(scoreNode(p, nd('node1', '10000', '20000'), [on('node1', { cpu: '3000', memory: '0' })], leastAllocatedScore), 57);
    assert.equal(scoreNode(p, nd('node2', '10000', '20000'), [on('node2', { cpu: '3000', memory: '5000' })], leastAllocatedScore), 45);
  });
  it('resources requested, pods scheduled with resources, differently sized nodes', () => {
    const p = req(makePod('p')).obj();
    assert.equal(scoreNode(p, nd('node2', '10000', '50000'), [on('node2', { cpu: '3000', memory: '5000' })], leastAllocatedScore), 60);
  });
  it('requested resources exceed node capacity', () => {
    const p = makePod('p').req({ cpu: '3000', memory: '0' }).obj();
    assert.equal(scoreNode(p, nd('node1', '4000', '10000'), [on('node1', { cpu: '3000', memory: '0' })], leastAllocatedScore), 50);
    assert.equal(scoreNode(p, nd('node2', '4000', '10000'), [on('node2', { cpu: '3000', memory: '5000' })], leastAllocatedScore), 25);
  });
  it('zero node resources, pods scheduled with resources', () => {
    assert.equal(scoreNode(makePod('p').obj(), makeNode('node1').obj(), [on('node1', { cpu: '3000', memory: '0' })], leastAllocatedScore), 0);
  });
  it('counts a container without requests as 100m cpu and 200Mi memory', () => {
    const p = makePod('p').req({}).obj();
    // cpu: (1000 - 100) * 100 / 1000 = 90; memory: (1000Mi - 200Mi) * 100 / 1000Mi = 80 → 85
    assert.equal(scoreNode(p, nd('n', '1', '1000Mi'), [], leastAllocatedScore), 85);
  });
});

// upstream: TestNodeResourcesBalancedAllocation (balanced_allocation_test.go), with the current
// scorer: fractions of actual requests capped at 1, score = (1 - |f_cpu - f_mem| / 2) * 100.
describe('NodeResourcesBalancedAllocation score', () => {
  const nd = (name: string, milliCPU: number, mem: number) => makeNode(name).capacity({ cpu: `${milliCPU}m`, memory: String(mem) }).obj();
  const cpuAndMemory = () => makePod('p').req({ cpu: '1000m', memory: '2000' }).req({ cpu: '2000m', memory: '3000' });
  const score = (pod: Pod, n: Node, existing: Pod[]) => scoreNode(pod, n, existing, (pc, ni) => balancedAllocationScore.score(pc, ni));
  let i = 0;
  const cpuOnly = () => makePod(`c${i}`).uid(`c${i++}`).req({ cpu: '1000m', memory: '0' }).req({ cpu: '2000m', memory: '0' }).obj();
  const both = () => { const p = cpuAndMemory().obj(); p.metadata!.name = `b${i}`; (p.metadata as { uid?: string }).uid = `b${i++}`; return p; };

  it('nothing scheduled, nothing requested: the plugin is skipped for best-effort pods', () => {
    assert.equal(balancedAllocationScore.preScore!(podContext(podInfoOf(makePod('p').obj()))), false);
  });
  it('nothing scheduled, resources requested, differently sized machines', () => {
    // machine1: cpu 3000/4000 = .75, memory 5000/10000 = .5 → (1 - .125) * 100 = 87
    assert.equal(score(cpuAndMemory().obj(), nd('machine1', 4000, 10000), []), 87);
    assert.equal(score(cpuAndMemory().obj(), nd('machine2', 6000, 10000), []), 100);
  });
  it('resources requested, pods scheduled with resources', () => {
    // machine1: cpu 6000/10000 = .6, memory 5000/20000 = .25 → (1 - .175) * 100 = 82
    assert.equal(score(cpuAndMemory().obj(), nd('machine1', 10000, 20000), [cpuOnly()]), 82);
    // machine2: cpu .6, memory 10000/20000 = .5 → 95
    assert.equal(score(cpuAndMemory().obj(), nd('machine2', 10000, 20000), [both()]), 95);
  });
  it('requested resources exceed node capacity: the fraction is capped at 1', () => {
    // cpu 6000/4000 → 1, memory 0 → (1 - .5) * 100 = 50
    const p = makePod('p').req({ cpu: '1000m', memory: '0' }).req({ cpu: '2000m', memory: '0' }).obj();
    assert.equal(score(p, nd('machine1', 4000, 10000), [cpuOnly()]), 50);
  });
  it('zero node resources, pods scheduled with resources', () => {
    assert.equal(score(cpuAndMemory().obj(), nd('machine1', 0, 0), [cpuOnly()]), 100);
  });
});
