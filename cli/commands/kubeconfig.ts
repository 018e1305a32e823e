/**
 * `kemu kubeconfig`: a kubeconfig that works for kubectl and @kubernetes/client-node against a
 * kemu control plane (spec kube-api-compat §10). `insecure-skip-tls-verify: true` is harmless for
 * kubectl over http:// and required by client-node, which otherwise refuses http:// servers
 * ("HTTP protocol is not allowed when skipTLSVerify is not set or false").
 */
import { stringify } from 'yaml';

export interface KubeconfigOptions {
  /** The control plane's URL, e.g. http://127.0.0.1:8080. */
  server: string;
  /** The server's --api-token, sent as a bearer token. */
  apiToken?: string;
  /** Name of the cluster, user and context. */
  name?: string;
  /** The context's default namespace. */
  namespace?: string;
}

export const DEFAULT_KUBECONFIG_NAME = 'kemu';

export function kubeconfig(o: KubeconfigOptions): Record<string, unknown> {
  const name = o.name ?? DEFAULT_KUBECONFIG_NAME;
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name, cluster: { server: o.server, 'insecure-skip-tls-verify': true } }],
    contexts: [{ name, context: { cluster: name, user: name, namespace: o.namespace ?? 'default' } }],
    'current-context': name,
    preferences: {},
    users: [{ name, user: o.apiToken ? { token: o.apiToken } : {} }],
  };
}

export function kubeconfigYaml(o: KubeconfigOptions): string {
  return stringify(kubeconfig(o));
}

/**
 * kubectl (client-go) never sends a bearer token to an http:// server (kubernetes/kubectl#744);
 * client libraries such as client-node do. The warning `kemu kubeconfig` prints in that case.
 */
export function tokenOverHttpWarning(o: KubeconfigOptions): string | undefined {
  if (!o.apiToken || !o.server.startsWith('http://')) return undefined;
  return 'warning: kubectl does not send bearer tokens to http:// servers; with --api-token, reach kemu through https (e.g. a TLS-terminating proxy) for kubectl. Client libraries such as @kubernetes/client-node send it over http too.';
}
