/**
 * Validation of the settings the node lifecycle and taint eviction controllers read. Upstream's
 * NodeLifecycleControllerOptions.Validate checks nothing; the one upstream rule is
 * `node-monitor-period must be greater than 0` (KubeCloudSharedOptions.Validate, k/k PR #137964).
 * The other rules are kemu's, to refuse values the controllers cannot run with.
 */
import type { ControlPlaneConfig } from '../../config.js';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Error messages naming the flag, e.g. `--node-eviction-rate must be >= 0`; empty when valid. */
export function validateControlPlaneConfig(cfg: Partial<ControlPlaneConfig>): string[] {
  const errs: string[] = [];
  const positiveDuration = (v: unknown, flag: string) => {
    if (v === undefined) return;
    if (!isNum(v) || v <= 0) errs.push(`--${flag} must be greater than 0`);
  };
  const nonNegative = (v: unknown, flag: string) => {
    if (v === undefined) return;
    if (!isNum(v) || v < 0) errs.push(`--${flag} must be >= 0`);
  };

  positiveDuration(cfg.nodeMonitorPeriod, 'node-monitor-period');
  positiveDuration(cfg.nodeMonitorGracePeriod, 'node-monitor-grace-period');
  positiveDuration(cfg.nodeStartupGracePeriod, 'node-startup-grace-period');
  nonNegative(cfg.podEvictionTimeout, 'pod-eviction-timeout');
  nonNegative(cfg.nodeEvictionRate, 'node-eviction-rate');
  nonNegative(cfg.secondaryNodeEvictionRate, 'secondary-node-eviction-rate');

  const t = cfg.largeClusterSizeThreshold;
  if (t !== undefined && (!Number.isInteger(t) || t < 0 || t > 2 ** 31 - 1)) {
    errs.push('--large-cluster-size-threshold must be an integer between 0 and 2147483647');
  }
  const u = cfg.unhealthyZoneThreshold;
  if (u !== undefined && (!isNum(u) || u < 0 || u > 1)) {
    errs.push('--unhealthy-zone-threshold must be between 0 and 1');
  }
  if (cfg.enableTaintManager !== undefined && typeof cfg.enableTaintManager !== 'boolean') {
    errs.push('--enable-taint-manager must be true or false');
  }
  return errs;
}
