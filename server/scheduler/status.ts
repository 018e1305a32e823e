/**
 * Plugin result codes and statuses (pkg/scheduler/framework/interface.go `Code`, `Status`).
 * A status carries the plugin that produced it and its reasons; FitError messages count reasons.
 */
export type Code = 'Success' | 'Error' | 'Unschedulable' | 'UnschedulableAndUnresolvable';

export interface Status {
  readonly code: Code;
  readonly reasons: readonly string[];
  /** The plugin that returned the status ('' when not from a plugin). */
  readonly plugin: string;
}

export const SUCCESS: Status = Object.freeze({ code: 'Success', reasons: Object.freeze([]) as readonly string[], plugin: '' });

export function newStatus(code: Code, plugin: string, ...reasons: string[]): Status {
  return { code, reasons, plugin };
}

export function isSuccess(s: Status | null | undefined): boolean {
  return !s || s.code === 'Success';
}

/** Status.IsRejected: Unschedulable or UnschedulableAndUnresolvable. */
export function isRejected(s: Status | null | undefined): boolean {
  return !!s && (s.code === 'Unschedulable' || s.code === 'UnschedulableAndUnresolvable');
}

/** Status.Message(): the reasons joined by ", ". */
export function statusMessage(s: Status | null | undefined): string {
  return s ? s.reasons.join(', ') : '';
}

/**
 * framework.NodeToStatus: explicit statuses per node plus the status of nodes absent from the map
 * (UnschedulableAndUnresolvable by default, so absent nodes are never preemption candidates).
 */
export class NodeToStatus {
  readonly map = new Map<string, Status>();
  absent: Status;

  constructor(absent: Status = newStatus('UnschedulableAndUnresolvable', '')) {
    this.absent = absent;
  }

  set(node: string, s: Status): void {
    this.map.set(node, s);
  }

  get(node: string): Status {
    return this.map.get(node) ?? this.absent;
  }

  get size(): number {
    return this.map.size;
  }
}
