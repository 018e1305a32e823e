import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Simulation } from '../sim/harness.js';
import type { Lease, Node, Pod } from '../core/types.js';
import { deletePod } from '../server/registry/index.js';

const capacity = { cpu: '4', memory: '8Gi', 'ephemeral-storage': '100Gi', pods: '110' };

describe('simulation harness', () => {
  it('registers nodes that turn Ready and renew their leases', () => {
    const sim = new Simulation({ seed: 1, controllers: [] });
    for (let i = 1; i <= 3; i++) sim.addNode({ name: `node-${i}`, capacity });
    sim.advance(15_000);
    const nodes = sim.cp.store.list<Node>('Node');
    assert.equal(nodes.length, 3);
    for (const n of nodes) {
      const ready = n.status?.conditions?.find((c) => c.type === 'Ready');
      assert.equal(ready?.status, 'True', `${n.metadata?.name} Ready`);
      assert.equal(ready?.reason, 'KubeletReady');
      assert.equal(n.status?.capacity?.memory, '8Gi');
    }
    const lease = sim.cp.store.get<Lease>('Lease', 'kube-node-lease', 'node-2');
    assert.ok(lease?.spec?.renewTime);
    assert.match(lease!.spec!.renewTime!, /\.\d{6}Z$/);
    sim.stop();
  });

  it('runs a pod bound to a node and deletes it gracefully', () => {
    const sim = new Simulation({ seed: 1, controllers: [] });
    sim.addNode({ name: 'node-a', capacity });
    sim.advance(1_000);
    sim.cp.registry.create<Pod>('Pod', { metadata: { name: 'web', namespace: 'default' }, spec: { nodeName: 'node-a', containers: [{ name: 'c', image: 'nginx' }] } });
    sim.advance(5_000);
    const pod = sim.cp.store.get<Pod>('Pod', 'default', 'web');
    assert.equal(pod?.status?.phase, 'Running');
    assert.equal(pod?.status?.conditions?.find((c) => c.type === 'Ready')?.status, 'True');
    deletePod(sim.cp.store, 'default', 'web', { gracePeriodSeconds: 20 });
    sim.advance(19_000);
    assert.ok(sim.cp.store.get<Pod>('Pod', 'default', 'web')?.metadata?.deletionTimestamp, 'still terminating within its grace period');
    sim.advance(2_000);
    assert.equal(sim.cp.store.get<Pod>('Pod', 'default', 'web'), undefined, 'removed once the kubelet confirmed');
    sim.stop();
  });

  it('stops renewing the lease when the agent dies, and resumes when it restarts', () => {
    const sim = new Simulation({ seed: 1, controllers: [] });
    sim.addNode({ name: 'node-a', capacity });
    sim.advance(20_000);
    const before = sim.cp.store.get<Lease>('Lease', 'kube-node-lease', 'node-a')!.spec!.renewTime;
    sim.stopNode('node-a');
    sim.advance(60_000);
    assert.equal(sim.cp.store.get<Lease>('Lease', 'kube-node-lease', 'node-a')!.spec!.renewTime, before);
    sim.startNode('node-a');
    sim.advance(20_000);
    assert.notEqual(sim.cp.store.get<Lease>('Lease', 'kube-node-lease', 'node-a')!.spec!.renewTime, before);
    sim.stop();
  });

  it('registers 100 nodes and runs one hour of cluster time with every node Ready throughout', () => {
    const sim = new Simulation({ seed: 3 });
    for (let i = 1; i <= 100; i++) sim.addNode({ name: `node-${i}`, capacity, labels: { 'topology.kubernetes.io/zone': `zone-${i % 3}` } });
    let notReady = 0;
    sim.cp.store.watch(['Event'], {}, (ev) => {
      if ((ev.object as { reason?: string }).reason === 'NodeNotReady') notReady++;
    });
    for (let m = 1; m <= 60; m++) {
      sim.advance(60_000);
      if (m % 15 === 0) {
        const nodes = sim.cp.store.list<Node>('Node');
        assert.equal(nodes.length, 100);
        assert.ok(nodes.every((n) => n.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True'), `all Ready at ${m} min`);
      }
    }
    assert.equal(notReady, 0, 'no node was ever judged NotReady');
    const lease = sim.cp.store.get<Lease>('Lease', 'kube-node-lease', 'node-57')!;
    assert.ok(Date.parse(lease.spec!.renewTime!) > sim.clock.now() - 11_000, 'leases still renewed at the end of the hour');
    sim.stop();
  });
});

