import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Event, Pod } from '../../core/types.js';
import { filteredChange, matchesQuery, parseStreamQuery, type StreamQuery } from './filter.js';

const q = (s: string) => {
  const r = parseStreamQuery(new URLSearchParams(s));
  if (!r.ok) throw new Error(r.error);
  return r.query;
};

describe('parseStreamQuery', () => {
  it('defaults to JSON frames of nodes, pods and events from the start', () => {
    assert.deepEqual(q(''), { format: 'json', kinds: ['Node', 'Pod', 'Event'] });
  });

  it('reads format, filters, the resume point and the access token', () => {
    assert.deepEqual(q('format=proto&namespace=prod&node=node-2&kinds=pods,Event&since=42&access_token=t'),
      { format: 'proto', namespace: 'prod', node: 'node-2', kinds: ['Pod', 'Event'], since: 42, token: 't' });
  });

  it('names the bad parameter in its error', () => {
    const bad = (s: string) => {
      const r = parseStreamQuery(new URLSearchParams(s));
      assert.equal(r.ok, false);
      return r.ok ? '' : r.error;
    };
    assert.match(bad('format=xml'), /^format: Unsupported value: "xml"/);
    assert.match(bad('kinds=Pod,Secret'), /^kinds: Unsupported value: "Secret"/);
    assert.match(bad('since=abc'), /^since: Invalid value: "abc"/);
  });
});

describe('matchesQuery', () => {
  const pod = (ns: string, node: string): Pod => ({ metadata: { namespace: ns, name: 'p' }, spec: { nodeName: node, containers: [] } });
  const none = () => undefined;
  const byNode: StreamQuery = { format: 'json', kinds: ['Node', 'Pod', 'Event'], node: 'node-1' };

  it('keeps cluster-scoped nodes under a namespace filter', () => {
    const nsq: StreamQuery = { format: 'json', kinds: ['Node', 'Pod'], namespace: 'prod' };
    assert.equal(matchesQuery(nsq, 'Node', { metadata: { name: 'node-1' } }, none), true);
    assert.equal(matchesQuery(nsq, 'Pod', pod('prod', 'node-1'), none), true);
    assert.equal(matchesQuery(nsq, 'Pod', pod('dev', 'node-1'), none), false);
  });

  it('keeps only the node, its pods and the events about them under a node filter', () => {
    assert.equal(matchesQuery(byNode, 'Node', { metadata: { name: 'node-1' } }, none), true);
    assert.equal(matchesQuery(byNode, 'Node', { metadata: { name: 'node-2' } }, none), false);
    assert.equal(matchesQuery(byNode, 'Pod', pod('a', 'node-1'), none), true);
    assert.equal(matchesQuery(byNode, 'Pod', pod('a', 'node-2'), none), false);
    const ev = { metadata: { namespace: 'a', name: 'e' }, involvedObject: { kind: 'Pod', namespace: 'a', name: 'p' }, source: { component: 'x' } } as Event;
    assert.equal(matchesQuery(byNode, 'Event', ev, () => 'node-1'), true);
    assert.equal(matchesQuery(byNode, 'Event', ev, () => 'node-2'), false);
  });
});

describe('filteredChange', () => {
  it('turns an object moving into the filter into ADDED and out of it into DELETED', () => {
    assert.equal(filteredChange('MODIFIED', true, false), 'ADDED');
    assert.equal(filteredChange('MODIFIED', false, true), 'DELETED');
    assert.equal(filteredChange('MODIFIED', true, true), 'MODIFIED');
    assert.equal(filteredChange('MODIFIED', false, false), undefined);
    assert.equal(filteredChange('DELETED', false, false), undefined);
    assert.equal(filteredChange('ADDED', true, false), 'ADDED');
  });
});
