// Accept negotiation: Tables for kubectl get, plain JSON for everything else, 406 for protobuf only.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { negotiateOutput } from './media.js';
import { ApiError } from './status.js';

describe('negotiateOutput', () => {
  it('answers a Table v1 to kubectl get\'s Accept', () => {
    assert.deepEqual(negotiateOutput('application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json'), { as: 'Table', version: 'v1' });
    assert.deepEqual(negotiateOutput('application/json;as=Table;v=v1beta1;g=meta.k8s.io'), { as: 'Table', version: 'v1beta1' });
  });

  it('answers JSON to client-node, typed clients that prefer protobuf, and no Accept at all', () => {
    for (const a of ['application/json, */*;q=0.8', 'application/vnd.kubernetes.protobuf,application/json', '*/*', undefined, '']) {
      assert.deepEqual(negotiateOutput(a), { as: 'json' }, String(a));
    }
  });

  it('skips aggregated discovery (not served) for the legacy JSON fallback', () => {
    assert.deepEqual(negotiateOutput('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json', false), { as: 'json' });
  });

  it('serves PartialObjectMetadata lists to metadata-only clients', () => {
    assert.deepEqual(negotiateOutput('application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io,application/json'), { as: 'PartialObjectMetadata', version: 'v1' });
  });

  it('refuses with 406 when only protobuf is acceptable', () => {
    assert.throws(() => negotiateOutput('application/vnd.kubernetes.protobuf'), (e) => e instanceof ApiError && e.status.code === 406);
  });
});
