/**
 * The kubelet's Linux default evictionHard (pkg/kubelet/apis/config/v1beta1/defaults_linux.go;
 * imagefs.inodesFree since v1.30; no pid.available default). Shared by the agent's eviction
 * manager and the control plane's views of a node that reported no thresholds.
 */
export const DEFAULT_EVICTION_HARD: Readonly<Record<string, string>> = Object.freeze({
  'memory.available': '100Mi',
  'nodefs.available': '10%',
  'nodefs.inodesFree': '5%',
  'imagefs.available': '15%',
  'imagefs.inodesFree': '5%',
});
