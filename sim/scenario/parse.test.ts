// Invalid scenario files are refused before anything runs, with the field path in the message.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseScenarioText } from './parse.js';
import { ScenarioError } from './validate.js';

const base = (spec: string) => `apiVersion: kemu.dev/v1alpha1
kind: Scenario
metadata: {name: t}
spec:
  duration: 10m
  nodes:
    - name: node-a
${spec}`;

function rejects(text: string, message: RegExp): void {
  assert.throws(() => parseScenarioText(text), (err: unknown) => {
    assert.ok(err instanceof ScenarioError, `expected ScenarioError, got ${String(err)}`);
    assert.match(err.message, message);
    return true;
  });
}

describe('scenario validation', () => {
  it('accepts a minimal scenario and expands counted nodes', () => {
    const s = parseScenarioText(base('      count: 3'));
    assert.deepEqual(s.nodes.map((n) => n.name), ['node-a-1', 'node-a-2', 'node-a-3']);
    assert.equal(s.durationMs, 600_000);
    assert.equal(s.seed, 1);
  });

  it('names an unknown field with its path', () => {
    rejects(base('      capacty: {cpu: "2"}'), /^spec\.nodes\[0\]\.capacty: unknown field "capacty" \(did you mean "capacity"\?\)/);
    rejects(base('  bogus: 1'), /^spec\.bogus: unknown field/);
  });

  it('names a bad duration', () => {
    rejects(base('  timeline:\n    - at: 2 minutes\n      stopNode: node-a'), /^spec\.timeline\[0\]\.at: time: unknown unit " minutes" in duration "2 minutes"/);
    rejects(base('').replace('duration: 10m', 'duration: 10'), /^spec\.duration: must be a duration like "90s"/);
    rejects(base('').replace('duration: 10m', 'duration: "10"'), /^spec\.duration: time: missing unit in duration "10"/);
  });

  it('names a bad quantity', () => {
    rejects(base('      capacity: {memory: 8GB}'), /^spec\.nodes\[0\]\.capacity\.memory: invalid quantity "8GB"/);
  });

  it('names an unknown action and an unknown node', () => {
    rejects(base('  timeline:\n    - at: 1m\n      explode: node-a'), /^spec\.timeline\[0\]\.explode: unknown action "explode"/);
    rejects(base('  timeline:\n    - at: 1m\n      stopNode: node-z'), /^spec\.timeline\[0\]\.stopNode: unknown node "node-z"/);
    rejects(base('  timeline:\n    - at: 1m\n      stopNode: node-a\n      startNode: node-a'), /^spec\.timeline\[0\]: each step has exactly one action/);
  });

  it('knows nodes added by an earlier addNode step', () => {
    const s = parseScenarioText(base('  timeline:\n    - at: 1m\n      addNode: {name: node-b}\n    - at: 2m\n      stopNode: node-b'));
    assert.equal(s.timeline.length, 2);
  });

  it('refuses an invalid kubelet eviction configuration with the kubelet\'s error', () => {
    rejects(base('      kubelet:\n        evictionHard: {mem.available: 100Mi}'), /^spec\.nodes\[0\]\.kubelet\.evictionHard: unsupported eviction signal "?mem\.available"?/);
    rejects(base('      kubelet:\n        evictionSoft: {memory.available: 1Gi}'), /^spec\.nodes\[0\]\.kubelet.*grace period must be specified for the soft eviction threshold memory\.available/);
  });

  it('refuses steps out of time order and expectations past the end', () => {
    rejects(base('  timeline:\n    - at: 2m\n      cordon: node-a\n    - at: 1m\n      uncordon: node-a'), /^spec\.timeline\[1\]\.at: steps run in file order/);
    rejects(base('  expect:\n    - at: 11m\n      object: {kind: Pod, name: x}\n      absent: true'), /^spec\.expect\[0\]\.at: is after the end/);
  });

  it('refuses manifests of unsupported kinds or without a name', () => {
    rejects(base('  objects:\n    - {apiVersion: v1, kind: Service, metadata: {name: s}}'), /^spec\.objects\[0\]\.kind: unsupported kind "Service"/);
    rejects(base('  objects:\n    - {apiVersion: v1, kind: Pod, metadata: {}, spec: {containers: [{name: c}]}}'), /^spec\.objects\[0\]\.metadata\.name: name or generateName is required/);
    rejects(base('  objects:\n    - {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: c, resources: {limits: {memory: lots}}}]}}'),
      /^spec\.objects\[0\]\.spec\.containers\[0\]\.resources\.limits\.memory: invalid quantity "lots"/);
  });

  it('refuses unknown usage keys in setUsage', () => {
    rejects(base('  timeline:\n    - at: 1m\n      setUsage: {node: node-a, ram: 1Gi}'), /^spec\.timeline\[0\]\.setUsage\.ram: unknown usage key "ram"/);
  });

  it('reports YAML syntax errors', () => {
    rejects('apiVersion: [', /invalid YAML/);
  });
});
