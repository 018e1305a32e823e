/**
 * GET /version (version.Info). The minor version decides which kubectl binary the machine's
 * kubectl dispatcher runs (spec kube-api-compat §1.1): "32" selects the 1.32 behaviour this API
 * is built and tested against.
 */

export const KUBE_VERSION = { major: '1', minor: '32', gitVersion: 'v1.32.0-emu' } as const;

export interface VersionInfo {
  major: string;
  minor: string;
  gitVersion: string;
  gitCommit: string;
  gitTreeState: string;
  buildDate: string;
  goVersion: string;
  compiler: string;
  platform: string;
}

export function versionInfo(): VersionInfo {
  return {
    ...KUBE_VERSION,
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2025-01-01T00:00:00Z',
    goVersion: 'go1.23.4',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}
