import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONTROL_PLANE_CONFIG } from '../../config.js';
import { validateControlPlaneConfig } from './config-validation.js';

describe('validateControlPlaneConfig', () => {
  it('accepts the defaults', () => {
    assert.deepEqual(validateControlPlaneConfig(DEFAULT_CONTROL_PLANE_CONFIG), []);
  });
  it('names the flag of each invalid setting', () => {
    const errs = validateControlPlaneConfig({
      nodeMonitorPeriod: 0, nodeMonitorGracePeriod: -1, nodeStartupGracePeriod: Number.NaN, podEvictionTimeout: -5,
      nodeEvictionRate: -0.1, secondaryNodeEvictionRate: -1, largeClusterSizeThreshold: 1.5, unhealthyZoneThreshold: 2,
    });
    assert.deepEqual(errs, [
      '--node-monitor-period must be greater than 0',
      '--node-monitor-grace-period must be greater than 0',
      '--node-startup-grace-period must be greater than 0',
      '--pod-eviction-timeout must be >= 0',
      '--node-eviction-rate must be >= 0',
      '--secondary-node-eviction-rate must be >= 0',
      '--large-cluster-size-threshold must be an integer between 0 and 2147483647',
      '--unhealthy-zone-threshold must be between 0 and 1',
    ]);
  });
  it('allows a zero eviction rate (tainting stops) and a zero pod eviction timeout', () => {
    assert.deepEqual(validateControlPlaneConfig({ nodeEvictionRate: 0, secondaryNodeEvictionRate: 0, podEvictionTimeout: 0 }), []);
  });
});
