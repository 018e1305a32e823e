import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Node, Pod, PodDisruptionBudget } from '../../../core/types.js';
import { NodeInfo, podInfoOf, type PodInfo } from '../node-info.js';
import { EquivalenceCache } from '../equivalence.js';
import { filterChain, runDefaultFilters } from '../plugins/framework.js';
import { nodeResourcesFitFilter } from '../plugins/node-resources-fit.js';
import { podContext, type FilterPlugin, type PodContext } from '../plugins/types.js';
import { NO_NOMINATIONS, filterWithNominatedPods } from '../schedule-pod.js';
import { NodeToStatus, newStatus, type Status } from '../status.js';
import {
  highPriority, largeRes, lowPriority, makeNode, makePod, mediumRes, midPriority, negPriority, smallRes, veryHighPriority, veryLargeRes,
} from '../testing/wrappers.js';
import { calculateNumCandidates, dryRunPreemption, type Candidate } from './candidates.js';
import { podEligibleToPreemptOthers } from './eligibility.js';
import { preempt } from './evaluator.js';
import { PICK_CRITERIA, candidateScores, pickOneNodeForPreemption, selectCandidate } from './pick.js';
import { filterPodsWithPDBViolation } from './victims.js';

const NOW = Date.UTC(2026, 0, 1);
/** epochTimeN in upstream tests is N nanoseconds after the epoch; seconds keep the same order here. */
const epoch = (n: number) => n * 1000;

function infos(nodes: Node[], pods: Pod[]): NodeInfo[] {
  const list = nodes.map((n) => new NodeInfo(n));
  const byName = new Map(list.map((ni) => [ni.name, ni]));
  for (const p of pods) byName.get(p.spec!.nodeName!)?.addPod(podInfoOf(p));
  return list;
}

function pdb(selector: Record<string, string>, disruptionsAllowed: number, disruptedPods?: Record<string, string>, ns = 'default'): PodDisruptionBudget {
  return {
    metadata: { name: `pdb-${Object.values(selector).join('-')}`, namespace: ns }, spec: { selector: { matchLabels: selector } },
    status: { disruptionsAllowed, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0, ...(disruptedPods ? { disruptedPods } : {}) },
  };
}

/** tf.FakeFilterPlugin: counts calls, fails with the given code when set. */
function fakeFilter(rc?: Status['code']): FilterPlugin & { calls: number } {
  const f = {
    name: 'FakeFilter', calls: 0,
    filter(pc: PodContext) {
      f.calls++;
      return rc ? newStatus(rc, 'FakeFilter', `injecting failure for pod ${pc.pod.metadata?.name}`) : null;
    },
  };
  return f;
}
const trueFilter: FilterPlugin = { name: 'TrueFilter', filter: () => null };
const falseFilter: FilterPlugin = { name: 'FalseFilter', filter: () => newStatus('Unschedulable', 'FalseFilter', 'injecting failure for pod') };
const matchFilter: FilterPlugin = {
  name: 'MatchFilter',
  filter: (pc, ni) => (pc.pod.metadata?.name === ni.name ? null : newStatus('Unschedulable', 'MatchFilter', 'injecting failure for pod')),
};

interface DryRunCase {
  name: string;
  plugins: FilterPlugin[];
  nodeNames: string[];
  testPods: Pod[];
  initPods: Pod[];
  pdbs?: PodDisruptionBudget[];
  fakeFilterRC?: Status['code'];
  args?: { pct: number; abs: number };
  expected: Array<Array<{ node: string; victims: string[]; numPDBViolations?: number }>>;
  expectedNumFilterCalled: number[];
}

const node = (name: string) => makeNode(name).capacity(veryLargeRes).obj();
const pod = (name: string) => makePod(name).uid(name);

// upstream: TestDryRunPreemption (default_preemption_test.go), formerly TestSelectNodesForPreemption.
// Nodes have 500m cpu / 500 memory / 32 pods; offsets follow Go's rand seeded with 4 (4, 1, 3 for 5 nodes).
describe('DryRunPreemption', () => {
  const cases: DryRunCase[] = [
    {
      name: 'a pod that does not fit on any node', plugins: [falseFilter], nodeNames: ['node1', 'node2'],
      testPods: [pod('p').priority(highPriority).obj()],
      initPods: [pod('p1').node('node1').priority(midPriority).obj(), pod('p2').node('node2').priority(midPriority).obj()],
      expected: [[]], expectedNumFilterCalled: [2],
    },
    {
      name: 'a pod that fits with no preemption', plugins: [trueFilter], nodeNames: ['node1', 'node2'], fakeFilterRC: 'Unschedulable',
      testPods: [pod('p').priority(highPriority).obj()],
      initPods: [pod('p1').node('node1').priority(midPriority).obj(), pod('p2').node('node2').priority(midPriority).obj()],
      expected: [[]], expectedNumFilterCalled: [2],
    },
    {
      name: 'a pod that fits on one node with no preemption', plugins: [matchFilter], nodeNames: ['node1', 'node2'], fakeFilterRC: 'Unschedulable',
      testPods: [pod('node1').priority(highPriority).obj()],
      initPods: [pod('p1').node('node1').priority(midPriority).obj(), pod('p2').node('node2').priority(midPriority).obj()],
      expected: [[]], expectedNumFilterCalled: [2],
    },
    {
      name: 'a pod that fits on both nodes when lower priority pods are preempted', plugins: [nodeResourcesFitFilter], nodeNames: ['node1', 'node2'],
      testPods: [pod('p').priority(highPriority).req(largeRes).obj()],
      initPods: [pod('p1').node('node1').priority(midPriority).req(largeRes).obj(), pod('p2').node('node2').priority(midPriority).req(largeRes).obj()],
      expected: [[{ node: 'node1', victims: ['p1'] }, { node: 'node2', victims: ['p2'] }]], expectedNumFilterCalled: [4],
    },
    {
      name: 'a pod that would fit on the nodes, but other pods running are higher priority, no preemption would happen', plugins: [nodeResourcesFitFilter], nodeNames: ['node1', 'node2'],
      testPods: [pod('p').priority(lowPriority).req(largeRes).obj()],
      initPods: [pod('p1').node('node1').priority(midPriority).req(largeRes).obj(), pod('p2').node('node2').priority(midPriority).req(largeRes).obj()],
      expected: [[]], expectedNumFilterCalled: [0],
    },
    {
      name: 'medium priority pod is preempted, but lower priority one stays as it is small', plugins: [nodeResourcesFitFilter], nodeNames: ['node1', 'node2'],
      testPods: [pod('p').priority(highPriority).req(largeRes).obj()],
      initPods: [
        pod('p1.1').node('node1').priority(lowPriority).req(smallRes).obj(), pod('p1.2').node('node1').priority(midPriority).req(largeRes).obj(),
        pod('p2').node('node2').priority(midPriority).req(largeRes).obj(),
      ],
      expected: [[{ node: 'node1', victims: ['p1.2'] }, { node: 'node2', victims: ['p2'] }]], expectedNumFilterCalled: [5],
    },
    {
      name: 'mixed priority pods are preempted', plugins: [nodeResourcesFitFilter], nodeNames: ['node1', 'node2'],
      testPods: [pod('p').priority(highPriority).req(largeRes).obj()],
      initPods: [
        pod('p1.1').node('node1').priority(midPriority).req(smallRes).obj(), pod('p1.2').node('node1').priority(lowPriority).req(smallRes).obj(),
        pod('p1.3').node('node1').priority(midPriority).req(mediumRes).obj(), pod('p1.4').node('node1').priority(highPriority).req(smallRes).obj(),
        pod('p2').node('node2').priority(highPriority).req(largeRes).obj(),
      ],
      expected: [[{ node: 'node1', victims: ['p1.2', 'p1.3'] }]], expectedNumFilterCalled: [4],
    },
    {
      name: 'mixed priority pods are preempted, pick later StartTime one when priorities are equal', plugins: [nodeResourcesFitFilter], nodeNames: ['node1', 'node2'],
      testPods: [pod('p').priority(highPriority).req(largeRes).obj()],
      initPods: [
        pod('p1.1').node('node1').priority(lowPriority).req(smallRes).startTime(epoch(5)).obj(),
        pod('p1.2').node('node1').priority(lowPriority).req(smallRes).startTime(epoch(4)).obj(),
        pod('p1.3').node('node1').priority(midPriority).req(mediumRes).startTime(epoch(3)).obj(),
        pod('p1.4').node('node1').priority(highPriority).req(smallRes).startTime(epoch(2)).obj(),
        pod('p2').node('node2').priority(highPriority).req(largeRes).startTime(epoch(1)).obj(),
      ],
      expected: [[{ node: 'node1', victims: ['p1.1', 'p1.3'] }]], expectedNumFilterCalled: [4],
    },
    {
      name: 'get Unschedulable in the preemption phase when the filter plugins filtering the nodes', plugins: [nodeResourcesFitFilter], nodeNames: ['node1', 'node2'], fakeFilterRC: 'Unschedulable',
      testPods: [pod('p').priority(highPriority).req(largeRes).obj()],
      initPods: [pod('p1').node('node1').priority(midPriority).req(largeRes).obj(), pod('p2').node('node2').priority(midPriority).req(largeRes).obj()],
      expected: [[]], expectedNumFilterCalled: [2],
    },
    {
      name: 'preemption with violation of same pdb', plugins: [nodeResourcesFitFilter], nodeNames: ['node1'],
      testPods: [pod('p').priority(highPriority).req(veryLargeRes).obj()],
      initPods: [pod('p1.1').node('node1').label('app', 'foo').priority(midPriority).req(mediumRes).obj(), pod('p1.2').node('node1').label('app', 'foo').priority(midPriority).req(mediumRes).obj()],
      pdbs: [pdb({ app: 'foo' }, 1)],
      expected: [[{ node: 'node1', victims: ['p1.1', 'p1.2'], numPDBViolations: 1 }]], expectedNumFilterCalled: [3],
    },
    {
      name: "preemption with violation of the pdb with pod whose eviction was processed, the victim doesn't belong to DisruptedPods", plugins: [nodeResourcesFitFilter], nodeNames: ['node1'],
      testPods: [pod('p').priority(highPriority).req(veryLargeRes).obj()],
      initPods: [pod('p1.1').node('node1').label('app', 'foo').priority(midPriority).req(mediumRes).obj(), pod('p1.2').node('node1').label('app', 'foo').priority(midPriority).req(mediumRes).obj()],
      pdbs: [pdb({ app: 'foo' }, 1, { p2: '2026-01-01T00:00:00Z' })],
      expected: [[{ node: 'node1', victims: ['p1.1', 'p1.2'], numPDBViolations: 1 }]], expectedNumFilterCalled: [3],
    },
    {
      name: 'preemption with violation of the pdb with pod whose eviction was processed, the victim belongs to DisruptedPods', plugins: [nodeResourcesFitFilter], nodeNames: ['node1'],
      testPods: [pod('p').priority(highPriority).req(veryLargeRes).obj()],
      initPods: [pod('p1.1').node('node1').label('app', 'foo').priority(midPriority).req(mediumRes).obj(), pod('p1.2').node('node1').label('app', 'foo').priority(midPriority).req(mediumRes).obj()],
      pdbs: [pdb({ app: 'foo' }, 1, { 'p1.2': '2026-01-01T00:00:00Z' })],
      expected: [[{ node: 'node1', victims: ['p1.1', 'p1.2'], numPDBViolations: 0 }]], expectedNumFilterCalled: [3],
    },
    {
      name: "preemption with violation of the pdb with pod whose eviction was processed, the victim which belongs to DisruptedPods is treated as 'nonViolating'", plugins: [nodeResourcesFitFilter], nodeNames: ['node1'],
      testPods: [pod('p').priority(highPriority).req(veryLargeRes).obj()],
      initPods: [
        pod('p1.1').node('node1').label('app', 'foo').priority(midPriority).req(mediumRes).obj(), pod('p1.2').node('node1').label('app', 'foo').priority(midPriority).req(mediumRes).obj(),
        pod('p1.3').node('node1').label('app', 'foo').priority(midPriority).req(mediumRes).obj(),
      ],
      pdbs: [pdb({ app: 'foo' }, 1, { 'p1.3': '2026-01-01T00:00:00Z' })],
      expected: [[{ node: 'node1', victims: ['p1.1', 'p1.2', 'p1.3'], numPDBViolations: 1 }]], expectedNumFilterCalled: [4],
    },
    {
      name: 'all nodes are possible candidates, but DefaultPreemptionArgs limits to 2', plugins: [nodeResourcesFitFilter], args: { pct: 40, abs: 1 },
      nodeNames: ['node1', 'node2', 'node3', 'node4', 'node5'], testPods: [pod('p').priority(highPriority).req(largeRes).obj()],
      initPods: [1, 2, 3, 4, 5].map((i) => pod(`p${i}`).node(`node${i}`).priority(midPriority).req(largeRes).obj()),
      // cycle=0 => offset=4 => node5 (yes), node1 (yes)
      expected: [[{ node: 'node1', victims: ['p1'] }, { node: 'node5', victims: ['p5'] }]], expectedNumFilterCalled: [4],
    },
    {
      name: 'some nodes are not possible candidates, DefaultPreemptionArgs limits to 2', plugins: [nodeResourcesFitFilter], args: { pct: 40, abs: 1 },
      nodeNames: ['node1', 'node2', 'node3', 'node4', 'node5'], testPods: [pod('p').priority(highPriority).req(largeRes).obj()],
      initPods: [1, 2, 3, 4, 5].map((i) => pod(`p${i}`).node(`node${i}`).priority(i === 2 || i === 5 ? veryHighPriority : midPriority).req(largeRes).obj()),
      // cycle=0 => offset=4 => node5 (no), node1 (yes), node2 (no), node3 (yes)
      expected: [[{ node: 'node1', victims: ['p1'] }, { node: 'node3', victims: ['p3'] }]], expectedNumFilterCalled: [4],
    },
    {
      name: 'preemption offset across multiple scheduling cycles and wrap around', plugins: [nodeResourcesFitFilter], args: { pct: 40, abs: 1 },
      nodeNames: ['node1', 'node2', 'node3', 'node4', 'node5'],
      testPods: ['tp1', 'tp2', 'tp3'].map((n) => pod(n).priority(highPriority).req(largeRes).obj()),
      initPods: [1, 2, 3, 4, 5].map((i) => pod(`p${i}`).node(`node${i}`).priority(midPriority).req(largeRes).obj()),
      expected: [
        [{ node: 'node1', victims: ['p1'] }, { node: 'node5', victims: ['p5'] }], // offset 4
        [{ node: 'node2', victims: ['p2'] }, { node: 'node3', victims: ['p3'] }], // offset 1
        [{ node: 'node4', victims: ['p4'] }, { node: 'node5', victims: ['p5'] }], // offset 3
      ],
      expectedNumFilterCalled: [4, 4, 4],
    },
    {
      name: 'preemption looks past numCandidates until a non-PDB violating node is found', plugins: [nodeResourcesFitFilter], args: { pct: 40, abs: 2 },
      nodeNames: ['node1', 'node2', 'node3', 'node4', 'node5'], testPods: [pod('p').priority(highPriority).req(largeRes).obj()],
      initPods: [1, 2, 3, 4, 5].map((i) => {
        const w = pod(`p${i}`).node(`node${i}`).priority(midPriority).req(largeRes);
        return (i === 3 || i === 4 ? w : w.label('app', 'foo')).obj();
      }),
      pdbs: [pdb({ app: 'foo' }, 0)],
      // offset 4 => node5 (yes, pdb), node1 (yes, pdb), node2 (dropped: the violating list is full), node3 (yes)
      expected: [[{ node: 'node1', victims: ['p1'], numPDBViolations: 1 }, { node: 'node3', victims: ['p3'] }, { node: 'node5', victims: ['p5'], numPDBViolations: 1 }]],
      expectedNumFilterCalled: [8],
    },
  ];

  for (const tc of cases) {
    it(tc.name, () => {
      const nodes = infos(tc.nodeNames.map(node), tc.initPods).sort((a, b) => a.name.localeCompare(b.name));
      const fake = fakeFilter(tc.fakeFilterRC);
      const chain = filterChain([fake, ...tc.plugins]);
      const offsets = [4, 1, 3];
      let prev = 0;
      tc.testPods.forEach((p, cycle) => {
        const pc = podContext(podInfoOf(p));
        const numCandidates = calculateNumCandidates(nodes.length, tc.args?.pct, tc.args?.abs);
        const r = dryRunPreemption({
          pc, potentialNodes: nodes, pdbs: tc.pdbs ?? [], offset: offsets[cycle] % nodes.length, numCandidates, now: NOW,
          filter: (c, ni) => filterWithNominatedPods(c, ni, NO_NOMINATIONS, chain),
        });
        const got = r.candidates
          .map((c) => ({ node: c.node, victims: c.victims.map((v) => v.pod.metadata!.name!).sort(), numPDBViolations: c.numPDBViolations }))
          .sort((a, b) => a.node.localeCompare(b.node));
        assert.deepEqual(got, tc.expected[cycle].map((e) => ({ numPDBViolations: 0, ...e })), `cycle ${cycle}`);
        assert.equal(fake.calls - prev, tc.expectedNumFilterCalled[cycle], `cycle ${cycle}: NumFilterCalled`);
        prev = fake.calls;
      });
    });
  }
});

// upstream: TestSelectBestCandidate (default_preemption_test.go) and TestPickOneNodeForPreemption
// (generic_scheduler_test.go before the framework refactor): dry run, then pickOneNodeForPreemption.
describe('SelectCandidate / pickOneNodeForPreemption', () => {
  const cases: Array<{ name: string; nodeNames: string[]; pod: Pod; pods: Pod[]; expected: string[] }> = [
    {
      name: 'a pod that fits on both nodes when lower priority pods are preempted', nodeNames: ['node1', 'node2'], pod: pod('p').priority(highPriority).req(largeRes).obj(),
      pods: [pod('p1').node('node1').priority(midPriority).req(largeRes).startTime(0).obj(), pod('p2').node('node2').priority(midPriority).req(largeRes).startTime(0).obj()],
      expected: ['node1', 'node2'],
    },
    {
      name: 'node with min highest priority pod is picked', nodeNames: ['node1', 'node2', 'node3'], pod: pod('p').priority(highPriority).req(veryLargeRes).obj(),
      pods: [
        pod('p1.1').node('node1').priority(midPriority).req(mediumRes).startTime(0).obj(), pod('p1.2').node('node1').priority(midPriority).req(largeRes).startTime(0).obj(),
        pod('p2.1').node('node2').priority(midPriority).req(mediumRes).startTime(0).obj(), pod('p2.2').node('node2').priority(lowPriority).req(mediumRes).startTime(0).obj(),
        pod('p3.1').node('node3').priority(lowPriority).req(mediumRes).startTime(0).obj(), pod('p3.2').node('node3').priority(lowPriority).req(mediumRes).startTime(0).obj(),
      ],
      expected: ['node3'],
    },
    {
      name: 'when highest priorities are the same, minimum sum of priorities is picked', nodeNames: ['node1', 'node2', 'node3'], pod: pod('p').priority(highPriority).req(veryLargeRes).obj(),
      pods: [
        pod('p1.1').node('node1').priority(midPriority).req(mediumRes).startTime(0).obj(), pod('p1.2').node('node1').priority(midPriority).req(largeRes).startTime(0).obj(),
        pod('p2.1').node('node2').priority(midPriority).req(largeRes).startTime(0).obj(), pod('p2.2').node('node2').priority(lowPriority).req(mediumRes).startTime(0).obj(),
        pod('p3.1').node('node3').priority(midPriority).req(mediumRes).startTime(0).obj(), pod('p3.2').node('node3').priority(midPriority).req(mediumRes).startTime(0).obj(),
      ],
      expected: ['node2'],
    },
    {
      name: 'when highest priority and sum are the same, minimum number of pods is picked', nodeNames: ['node1', 'node2', 'node3'], pod: pod('p').priority(highPriority).req(veryLargeRes).obj(),
      pods: [
        pod('p1.1').node('node1').priority(midPriority).req(smallRes).startTime(0).obj(), pod('p1.2').node('node1').priority(negPriority).req(smallRes).startTime(0).obj(),
        pod('p1.3').node('node1').priority(midPriority).req(smallRes).startTime(0).obj(), pod('p1.4').node('node1').priority(negPriority).req(smallRes).startTime(0).obj(),
        pod('p2.1').node('node2').priority(midPriority).req(largeRes).startTime(0).obj(), pod('p2.2').node('node2').priority(negPriority).req(mediumRes).startTime(0).obj(),
        pod('p3.1').node('node3').priority(midPriority).req(mediumRes).startTime(0).obj(), pod('p3.2').node('node3').priority(negPriority).req(smallRes).startTime(0).obj(),
        pod('p3.3').node('node3').priority(lowPriority).req(smallRes).startTime(0).obj(),
      ],
      expected: ['node2'],
    },
    {
      name: 'sum of adjusted priorities is considered', nodeNames: ['node1', 'node2', 'node3'], pod: pod('p').priority(highPriority).req(veryLargeRes).obj(),
      pods: [
        pod('p1.1').node('node1').priority(midPriority).req(smallRes).startTime(0).obj(), pod('p1.2').node('node1').priority(negPriority).req(smallRes).startTime(0).obj(),
        pod('p1.3').node('node1').priority(negPriority).req(smallRes).startTime(0).obj(),
        pod('p2.1').node('node2').priority(midPriority).req(largeRes).startTime(0).obj(), pod('p2.2').node('node2').priority(negPriority).req(mediumRes).startTime(0).obj(),
        pod('p3.1').node('node3').priority(midPriority).req(mediumRes).startTime(0).obj(), pod('p3.2').node('node3').priority(negPriority).req(smallRes).startTime(0).obj(),
        pod('p3.3').node('node3').priority(lowPriority).req(smallRes).startTime(0).obj(),
      ],
      expected: ['node2'],
    },
    {
      name: 'non-overlapping lowest high priority, sum priorities, and number of pods', nodeNames: ['node1', 'node2', 'node3', 'node4'], pod: pod('p').priority(veryHighPriority).req(veryLargeRes).obj(),
      pods: [
        pod('p1.1').node('node1').priority(midPriority).req(smallRes).startTime(0).obj(), pod('p1.2').node('node1').priority(lowPriority).req(smallRes).startTime(0).obj(),
        pod('p1.3').node('node1').priority(lowPriority).req(smallRes).startTime(0).obj(),
        pod('p2.1').node('node2').priority(highPriority).req(largeRes).startTime(0).obj(),
        pod('p3.1').node('node3').priority(midPriority).req(mediumRes).startTime(0).obj(), pod('p3.2').node('node3').priority(lowPriority).req(smallRes).startTime(0).obj(),
        pod('p3.3').node('node3').priority(lowPriority).req(smallRes).startTime(0).obj(), pod('p3.4').node('node3').priority(lowPriority).req(mediumRes).startTime(0).obj(),
        pod('p4.1').node('node4').priority(midPriority).req(mediumRes).startTime(0).obj(), pod('p4.2').node('node4').priority(midPriority).req(smallRes).startTime(0).obj(),
        pod('p4.3').node('node4').priority(midPriority).req(smallRes).startTime(0).obj(), pod('p4.4').node('node4').priority(negPriority).req(smallRes).startTime(0).obj(),
      ],
      expected: ['node1'],
    },
    {
      name: "same priority, same number of victims, different start time for each node's pod", nodeNames: ['node1', 'node2', 'node3'], pod: pod('p').priority(highPriority).req(veryLargeRes).obj(),
      pods: [
        pod('p1.1').node('node1').priority(midPriority).req(mediumRes).startTime(epoch(2)).obj(), pod('p1.2').node('node1').priority(midPriority).req(mediumRes).startTime(epoch(2)).obj(),
        pod('p2.1').node('node2').priority(midPriority).req(mediumRes).startTime(epoch(3)).obj(), pod('p2.2').node('node2').priority(midPriority).req(mediumRes).startTime(epoch(3)).obj(),
        pod('p3.1').node('node3').priority(midPriority).req(mediumRes).startTime(epoch(1)).obj(), pod('p3.2').node('node3').priority(midPriority).req(mediumRes).startTime(epoch(1)).obj(),
      ],
      expected: ['node2'],
    },
    {
      name: 'same priority, same number of victims, different start time for all pods', nodeNames: ['node1', 'node2', 'node3'], pod: pod('p').priority(highPriority).req(veryLargeRes).obj(),
      pods: [
        pod('p1.1').node('node1').priority(midPriority).req(mediumRes).startTime(epoch(4)).obj(), pod('p1.2').node('node1').priority(midPriority).req(mediumRes).startTime(epoch(2)).obj(),
        pod('p2.1').node('node2').priority(midPriority).req(mediumRes).startTime(epoch(5)).obj(), pod('p2.2').node('node2').priority(midPriority).req(mediumRes).startTime(epoch(1)).obj(),
        pod('p3.1').node('node3').priority(midPriority).req(mediumRes).startTime(epoch(3)).obj(), pod('p3.2').node('node3').priority(midPriority).req(mediumRes).startTime(epoch(6)).obj(),
      ],
      expected: ['node3'],
    },
    {
      name: 'different priority, same number of victims, different start time for all pods', nodeNames: ['node1', 'node2', 'node3'], pod: pod('p').priority(highPriority).req(veryLargeRes).obj(),
      pods: [
        pod('p1.1').node('node1').priority(lowPriority).req(mediumRes).startTime(epoch(4)).obj(), pod('p1.2').node('node1').priority(midPriority).req(mediumRes).startTime(epoch(2)).obj(),
        pod('p2.1').node('node2').priority(midPriority).req(mediumRes).startTime(epoch(6)).obj(), pod('p2.2').node('node2').priority(lowPriority).req(mediumRes).startTime(epoch(1)).obj(),
        pod('p3.1').node('node3').priority(lowPriority).req(mediumRes).startTime(epoch(3)).obj(), pod('p3.2').node('node3').priority(midPriority).req(mediumRes).startTime(epoch(5)).obj(),
      ],
      expected: ['node2'],
    },
  ];
  for (const tc of cases) {
    it(tc.name, () => {
      const nodes = infos(tc.nodeNames.map(node), tc.pods);
      const pc = podContext(podInfoOf(tc.pod));
      const r = dryRunPreemption({
        pc, potentialNodes: nodes, pdbs: [], offset: 0, numCandidates: calculateNumCandidates(nodes.length), now: NOW,
        filter: (c, ni) => filterWithNominatedPods(c, ni, NO_NOMINATIONS, runDefaultFilters),
      });
      const sel = selectCandidate(r.candidates, NOW);
      assert.ok(sel, 'a candidate');
      assert.ok(tc.expected.includes(sel.candidate.node), `expected any of ${tc.expected}, got ${sel.candidate.node}`);
    });
  }

  it('records the criterion that decided and every candidate\'s values', () => {
    const v = (name: string, priority: number, start?: number) => {
      const w = pod(name).priority(priority);
      return podInfoOf((start === undefined ? w : w.startTime(start)).obj());
    };
    const pick = pickOneNodeForPreemption([
      { node: 'a', victims: [v('a1', 100), v('a2', 0)], numPDBViolations: 0 },
      { node: 'b', victims: [v('b1', 100)], numPDBViolations: 0 },
      { node: 'c', victims: [v('c1', 100)], numPDBViolations: 1 },
    ], NOW);
    assert.equal(pick.node, 'b');
    assert.equal(pick.decidedBy, 'minSumPriorities');
    assert.deepEqual(pick.scores.map((s) => [s.node, s.numPDBViolations, s.highestPriority, s.numVictims]), [['a', 0, 100, 2], ['b', 0, 100, 1], ['c', 1, 100, 1]]);
    const tie = pickOneNodeForPreemption([
      { node: 'x', victims: [v('x1', 5, 1000)], numPDBViolations: 0 },
      { node: 'y', victims: [v('y1', 5, 1000)], numPDBViolations: 0 },
    ], NOW);
    assert.equal(tie.decidedBy, 'firstOfTies');
    assert.deepEqual(tie.ties, ['x', 'y']);
    assert.equal(tie.node, 'x');
  });

  it('decides as filtering by each criterion in turn does (randomized against the sequential filter)', () => {
    // The sequential filter of pickOneNodeForPreemption, as upstream writes it: keep the
    // candidates with the best value of each criterion; the first criterion leaving one decides.
    const reference = (cs: Candidate[]): { node: string; decidedBy: string; ties: string[] } => {
      const values = (c: Candidate): number[] => {
        const s = candidateScores(c, NOW);
        return [-s.numPDBViolations, -s.highestPriority, -s.sumPriorities, -s.numVictims, s.earliestStartTime];
      };
      let remaining = cs;
      for (let k = 0; k < PICK_CRITERIA.length; k++) {
        const max = Math.max(...remaining.map((c) => values(c)[k]));
        remaining = remaining.filter((c) => values(c)[k] === max);
        if (remaining.length === 1) return { node: remaining[0].node, decidedBy: PICK_CRITERIA[k], ties: [] };
      }
      return { node: remaining[0].node, decidedBy: 'firstOfTies', ties: remaining.map((c) => c.node) };
    };
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const cs: Candidate[] = [];
      const n = 1 + rnd(12);
      for (let i = 0; i < n; i++) {
        const victims = Array.from({ length: 1 + rnd(3) }, (_, j) => {
          const w = pod(`v${round}-${i}-${j}`).priority(rnd(3) * 10);
          return podInfoOf((rnd(3) === 0 ? w : w.startTime(epoch(rnd(3)))).obj());
        }).sort((a, b) => b.priority - a.priority);
        cs.push({ node: `n${i}`, victims, numPDBViolations: rnd(2) });
      }
      const got = pickOneNodeForPreemption(cs, NOW);
      assert.deepEqual({ node: got.node, decidedBy: got.decidedBy, ties: got.ties }, reference(cs), `round ${round}`);
    }
  });
});

describe('dry-run memos (equivalence.ts)', () => {
  it('never give a pod the memo of its own nominated node (its nomination is left out of its filters)', () => {
    const x = new NodeInfo(makeNode('x').capacity({ cpu: '2', memory: '8Gi', pods: '10' }).obj());
    for (const v of ['v1', 'v2']) x.addPod(podInfoOf(pod(v).priority(lowPriority).req({ cpu: '1' }).node('x').obj()));
    const p = podInfoOf(pod('p').priority(highPriority).req({ cpu: '2' }).obj());
    const q = podInfoOf(pod('q').priority(highPriority).req({ cpu: '2' }).obj());
    const nominated = { nominatedPodsForNode: (n: string) => (n === 'x' ? [p] : []) };
    const cache = new EquivalenceCache();
    const run = (pi: PodInfo, own: string | undefined) => {
      const pc = podContext(pi);
      return dryRunPreemption({
        pc, potentialNodes: [x], pdbs: [], offset: 0, numCandidates: 1, now: NOW,
        filter: (c, ni) => filterWithNominatedPods(c, ni, nominated, runDefaultFilters), memo: cache.dryRunKey(pc, own, NOW, []),
      });
    };
    // q counts p's nomination: no room on x even without victims. p does not count itself.
    assert.equal(run(q, undefined).candidates.length, 0);
    assert.deepEqual(run(p, 'x').candidates.map((c) => c.victims.map((v) => v.key)), [['default/v1', 'default/v2']]);
    assert.equal(run(q, undefined).candidates.length, 0);
  });
});

// upstream: TestCustomSelection / TestCustomOrdering (default_preemption_test.go): IsEligiblePod and MoreImportantPod hooks.
describe('custom eligibility and ordering', () => {
  const nodes3 = () => ['node1', 'node2', 'node3', 'node4'].map(node);
  it('filter for matching pod label: high priority', () => {
    const pods = [
      pod('v1').label('preemptible', 'no').node('node1').priority(midPriority).req(largeRes).startTime(0).obj(),
      pod('v2').label('preemptible', 'yes').node('node2').priority(midPriority).req(largeRes).startTime(0).obj(),
      pod('v3').label('preemptible', 'yes').node('node3').priority(lowPriority).req(largeRes).startTime(0).obj(),
      pod('v4').node('node4').priority(lowPriority).req(largeRes).startTime(0).obj(),
    ];
    const r = dryRunPreemption({
      pc: podContext(podInfoOf(pod('p1').priority(highPriority).req(largeRes).obj())), potentialNodes: infos(nodes3(), pods), pdbs: [], offset: 0, numCandidates: 4, now: NOW,
      filter: (c, ni) => filterWithNominatedPods(c, ni, NO_NOMINATIONS, runDefaultFilters),
      isEligiblePod: (_n, victim) => victim.pod.metadata?.labels?.preemptible === 'yes',
    });
    assert.deepEqual(Object.fromEntries(r.candidates.map((c) => [c.node, c.victims.map((x) => x.pod.metadata!.name)])), { node2: ['v2'], node3: ['v3'] });
  });
  it('select alphabetically-last pods', () => {
    const pods = [
      makePod('foo').uid('v1').node('node1').priority(lowPriority).req(mediumRes).startTime(0).obj(),
      makePod('bar').uid('v2').node('node1').priority(lowPriority).req(mediumRes).startTime(0).obj(),
      makePod('baz').uid('v3').node('node1').priority(midPriority).req(mediumRes).startTime(0).obj(),
    ];
    const r = dryRunPreemption({
      pc: podContext(podInfoOf(pod('p2').priority(highPriority).req(largeRes).obj())), potentialNodes: infos([node('node1')], pods), pdbs: [], offset: 0, numCandidates: 1, now: NOW,
      filter: (c, ni) => filterWithNominatedPods(c, ni, NO_NOMINATIONS, runDefaultFilters),
      moreImportant: (a, b) => a.pod.metadata!.name! < b.pod.metadata!.name!,
    });
    assert.deepEqual(r.candidates[0].victims.map((x) => x.pod.metadata!.name), ['baz', 'foo']);
  });
});

// upstream: TestPodEligibleToPreemptOthers (default_preemption_test.go)
describe('PodEligibleToPreemptOthers', () => {
  const nodeWith = (...pods: Pod[]) => infos([makeNode('node1').obj()], pods)[0];
  const u = (code: Status['code']) => newStatus(code, '');
  it('Pod with nominated node', () => {
    const p = podContext(podInfoOf(pod('p_with_nominated_node').priority(highPriority).nominatedNodeName('node1').obj()));
    const n = nodeWith(pod('p1').priority(lowPriority).node('node1').terminating().obj());
    assert.equal(podEligibleToPreemptOthers(p, newStatus('UnschedulableAndUnresolvable', 'TaintToleration', "node(s) had taints that the pod didn't tolerate"), n).eligible, true);
  });
  it('Pod without nominated node', () => {
    assert.equal(podEligibleToPreemptOthers(podContext(podInfoOf(pod('p').priority(highPriority).obj())), u('Success'), undefined).eligible, true);
  });
  it("Pod with 'PreemptNever' preemption policy", () => {
    const e = podEligibleToPreemptOthers(podContext(podInfoOf(pod('p').priority(highPriority).preemptionPolicy('Never').obj())), u('Success'), undefined);
    assert.deepEqual(e, { eligible: false, message: 'not eligible due to preemptionPolicy=Never.' });
  });
  it('preemption victim pod terminating, as indicated by the dedicated DisruptionTarget condition', () => {
    const p = podContext(podInfoOf(pod('p').priority(highPriority).nominatedNodeName('node1').obj()));
    const n = nodeWith(pod('p1').priority(lowPriority).node('node1').terminating().condition('DisruptionTarget', 'True', 'PreemptionByScheduler').obj());
    assert.deepEqual(podEligibleToPreemptOthers(p, u('Unschedulable'), n), { eligible: false, message: 'not eligible due to a terminating pod on the nominated node.' });
  });
  it('non-victim Pods terminating', () => {
    const p = podContext(podInfoOf(pod('p').priority(highPriority).nominatedNodeName('node1').obj()));
    const n = nodeWith(pod('p1').priority(lowPriority).node('node1').terminating().obj());
    assert.equal(podEligibleToPreemptOthers(p, u('Unschedulable'), n).eligible, true);
  });
});

describe('filterPodsWithPDBViolation', () => {
  it('decrements a PDB once per matching pod and ignores PDBs with empty selectors or other namespaces', () => {
    const pods = ['a', 'b', 'c'].map((n) => podInfoOf(pod(n).label('app', 'web').obj()));
    const empty: PodDisruptionBudget = { metadata: { name: 'all', namespace: 'default' }, spec: { selector: {} }, status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 } };
    const split = filterPodsWithPDBViolation(pods, [pdb({ app: 'web' }, 1), empty, pdb({ app: 'web' }, 0, undefined, 'other')]);
    assert.deepEqual(split.nonViolating.map((p) => p.pod.metadata!.name), ['a']);
    assert.deepEqual(split.violating.map((p) => p.pod.metadata!.name), ['b', 'c']);
  });
});

// upstream: TestPostFilter (default_preemption_test.go): the PostFilter result and message.
describe('Preempt (PostFilter)', () => {
  const onePod = { pods: '1' };
  const nodeRes = { cpu: '200m', memory: '400' };
  const run = (p: Pod, pods: Pod[], nodes: Node[], statuses: NodeToStatus, pdbs: PodDisruptionBudget[] = []) => {
    const list = infos(nodes, pods);
    return preempt({
      pc: podContext(podInfoOf(p)), statuses, nodes: list, getNode: (n) => list.find((x) => x.name === n), pdbs, now: NOW, randomOffset: () => 0,
      filter: (c, ni) => filterWithNominatedPods(c, ni, NO_NOMINATIONS, runDefaultFilters),
    });
  };
  const statuses = (m: Record<string, Status['code']>) => {
    const s = new NodeToStatus();
    for (const [k, v] of Object.entries(m)) s.set(k, newStatus(v, ''));
    return s;
  };
  it('pod with higher priority can be made schedulable', () => {
    const r = run(pod('p').priority(highPriority).obj(), [pod('p1').node('node1').obj()], [makeNode('node1').capacity(onePod).obj()], statuses({ node1: 'Unschedulable' }));
    assert.equal(r.kind, 'nominate');
    assert.equal(r.kind === 'nominate' && r.candidate.node, 'node1');
  });
  it('pod with tied priority is still unschedulable', () => {
    const r = run(pod('p').obj(), [pod('p1').node('node1').obj()], [makeNode('node1').capacity(onePod).obj()], statuses({ node1: 'Unschedulable' }));
    assert.deepEqual([r.kind, r.kind !== 'nominate' && r.message], ['noCandidates', 'preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']);
  });
  it('preemption should respect filteredNodesStatuses', () => {
    const r = run(pod('p').priority(highPriority).obj(), [pod('p1').node('node1').obj()], [makeNode('node1').capacity(onePod).obj()], statuses({ node1: 'UnschedulableAndUnresolvable' }));
    assert.deepEqual([r.kind, r.kind !== 'nominate' && r.message], ['noCandidates', 'preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.']);
  });
  it('preemption should respect absent NodeToStatusReader entry meaning UnschedulableAndUnresolvable', () => {
    const r = run(pod('p').priority(highPriority).obj(), [pod('p1').node('node1').obj()], [makeNode('node1').capacity(onePod).obj()], statuses({}));
    assert.equal(r.kind !== 'nominate' && r.message, 'preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.');
  });
  it('pod can be made schedulable on one node', () => {
    const r = run(pod('p').priority(midPriority).obj(), [pod('p1').priority(highPriority).node('node1').obj(), pod('p2').priority(lowPriority).node('node2').obj()],
      [makeNode('node1').capacity(onePod).obj(), makeNode('node2').capacity(onePod).obj()], statuses({ node1: 'Unschedulable', node2: 'Unschedulable' }));
    assert.equal(r.kind === 'nominate' && r.candidate.node, 'node2');
  });
  it('pod can be made schedulable on minHighestPriority node', () => {
    const key = 'test.kubernetes.io/is-violating-pdb';
    const r = run(pod('p').priority(veryHighPriority).obj(), [
      pod('p1').label(key, 'non-violating').priority(highPriority).node('node1').obj(),
      pod('p2').label(key, 'violating').priority(lowPriority).node('node1').obj(),
      pod('p3').label(key, 'violating').priority(midPriority).node('node2').obj(),
    ], [makeNode('node1').capacity(onePod).obj(), makeNode('node2').capacity(onePod).obj()], statuses({ node1: 'Unschedulable', node2: 'Unschedulable' }),
    [pdb({ [key]: 'violating' }, 0), pdb({ [key]: 'non-violating' }, 2 ** 31 - 1)]);
    assert.equal(r.kind === 'nominate' && r.candidate.node, 'node2');
    assert.equal(r.why.decidedBy, 'minHighestPriority');
  });
  it('no candidate nodes found, no enough resource after removing low priority pods', () => {
    const r = run(pod('p').priority(highPriority).req(largeRes).obj(), [pod('p1').node('node1').obj(), pod('p2').node('node2').obj()],
      [makeNode('node1').capacity(nodeRes).obj(), makeNode('node2').capacity(nodeRes).obj()], statuses({ node1: 'Unschedulable', node2: 'Unschedulable' }));
    assert.equal(r.kind !== 'nominate' && r.message, 'preemption: 0/2 nodes are available: 2 Insufficient cpu.');
  });
  it('no candidate nodes found with mixed reasons, no lower priority pod and no enough CPU resource', () => {
    const r = run(pod('p').priority(highPriority).req(largeRes).obj(),
      [pod('p1').node('node1').priority(highPriority).obj(), pod('p2').node('node2').obj(), pod('p3').node('node3').priority(highPriority).obj()],
      [makeNode('node1').capacity(onePod).obj(), makeNode('node2').capacity(nodeRes).obj(), makeNode('node3').capacity(onePod).obj()],
      statuses({ node1: 'Unschedulable', node2: 'Unschedulable', node3: 'Unschedulable' }));
    assert.equal(r.kind !== 'nominate' && r.message, 'preemption: 0/3 nodes are available: 1 Insufficient cpu, 2 No preemption victims found for incoming pod.');
  });
  it("no candidate nodes found with mixed reason, 2 UnschedulableAndUnresolvable nodes and 2 nodes don't have enough CPU resource", () => {
    const r = run(pod('p').priority(highPriority).req(largeRes).obj(), [pod('p1').node('node1').obj(), pod('p2').node('node2').obj()],
      ['node1', 'node2', 'node3', 'node4'].map((n) => makeNode(n).capacity(nodeRes).obj()),
      statuses({ node1: 'Unschedulable', node2: 'Unschedulable', node4: 'UnschedulableAndUnresolvable' }));
    assert.equal(r.kind !== 'nominate' && r.message, 'preemption: 0/4 nodes are available: 2 Insufficient cpu, 2 Preemption is not helpful for scheduling.');
  });
  it('no preempting in pod (preemptionPolicy Never)', () => {
    const r = run(pod('p').priority(highPriority).preemptionPolicy('Never').obj(), [pod('p1').node('node1').obj()], [makeNode('node1').capacity(onePod).obj()], statuses({ node1: 'Unschedulable' }));
    assert.deepEqual([r.kind, r.kind !== 'nominate' && r.message], ['notEligible', 'preemption: not eligible due to preemptionPolicy=Never.']);
  });
});
