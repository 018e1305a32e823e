import { Component } from 'preact';
import { useState } from 'preact/hooks';
import { setTaints } from '../api.js';
import { clockTime } from '../format.js';
import type { NodeUsageView, NodeView, PodView } from '../model.js';
import { NodeMenu } from './NodeMenu.js';
import { orderTiles, PodTiles, tileState } from './PodTiles.js';
import type { PushToast } from './Toasts.js';
import { UsageBars } from './UsageBars.js';

export interface NodeCardProps {
  node: NodeView;
  pods: Map<string, PodView>;
  usage: NodeUsageView | undefined;
  /** Changes whenever anything above changes (memoisation key). */
  version: number;
  width: number;
  onPod: (p: PodView) => void;
  onFocusNode: (name: string) => void;
  toast: PushToast;
}

const PRESSURE_SHORT: Record<string, string> = { MemoryPressure: 'MemoryPressure', DiskPressure: 'DiskPressure', PIDPressure: 'PIDPressure' };

export function readyLabel(n: NodeView): 'Ready' | 'NotReady' | 'Unknown' {
  return n.ready === 'True' ? 'Ready' : n.ready === 'False' ? 'NotReady' : 'Unknown';
}

function TaintChip({ node, index, toast }: { node: NodeView; index: number; toast: PushToast }) {
  const t = node.taints[index];
  const [busy, setBusy] = useState(false);
  const text = `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
  const remove = () => {
    setBusy(true);
    setTaints(node.name, node.taints.filter((_, i) => i !== index))
      .then(() => toast('ok', `removed taint ${text} from ${node.name}`))
      .catch((err: Error) => toast('error', `untaint ${node.name}: ${err.message}`))
      .finally(() => setBusy(false));
  };
  const sys = t.key.startsWith('node.kubernetes.io/');
  return (
    <span class={`chip chip-taint ${t.effect === 'NoExecute' ? 'chip-noexec' : ''}`} title={`${text}${t.time_added ? ` since ${clockTime(t.time_added)}` : ''}`} data-taint={text}>
      {sys ? t.key.slice('node.kubernetes.io/'.length) : t.key}{t.value ? `=${t.value}` : ''}<i>:{t.effect === 'NoExecute' ? 'NoExec' : t.effect === 'NoSchedule' ? 'NoSched' : 'PreferNo'}</i>
      {!sys && <button class="chip-x" disabled={busy} title="remove this taint" onClick={remove}>×</button>}
    </span>
  );
}

export function NodeCard({ node, pods, usage, width, onPod, onFocusNode, toast }: NodeCardProps) {
  const label = readyLabel(node);
  const list = orderTiles(pods.values());
  let terminating = 0, evicted = 0;
  for (const p of list) {
    const s = tileState(p);
    if (s === 'terminating') terminating++;
    else if (s === 'evicted') evicted++;
  }
  return (
    <div
      class={`card node-card ready-${label}`}
      data-testid="node-card" data-node={node.name} data-ready={label} data-pods={list.length} data-terminating={terminating} data-evicted={evicted}
      data-unschedulable={String(node.unschedulable)} data-pressure={node.pressure.join(',')}
    >
      <div class="card-head">
        <span class={`status-dot sd-${label}`} />
        <button class="node-name" title="show this node's events and memory chart" onClick={() => onFocusNode(node.name)}>{node.name}</button>
        <span class={`badge badge-${label}`} title={node.ready_reason ? `${node.ready_reason}${node.ready_since ? ` since ${clockTime(node.ready_since)}` : ''}` : ''}>{label}</span>
        {node.zone && <span class="zone" title="topology.kubernetes.io/zone">{node.zone}</span>}
        <NodeMenu node={node} pods={list} usage={usage} toast={toast} />
      </div>
      <div class="chips">
        {node.unschedulable && <span class="chip chip-cordon" data-testid="cordoned">cordoned</span>}
        {node.pressure.map((p) => <span key={p} class="chip chip-pressure" data-testid="pressure">{PRESSURE_SHORT[p] ?? p}</span>)}
        {node.taints.map((_, i) => <TaintChip key={i} node={node} index={i} toast={toast} />)}
      </div>
      <UsageBars usage={usage} />
      <div class="card-pods-head">
        <span>{list.length} pods</span>
        {terminating > 0 && <span class="mini warn">{terminating} terminating</span>}
        {evicted > 0 && <span class="mini bad">{evicted} evicted</span>}
      </div>
      <PodTiles pods={list} width={width - 24} onPod={onPod} />
    </div>
  );
}

/** Re-renders a card only when its node's version or its width changed. */
export class MemoNodeCard extends Component<NodeCardProps> {
  override shouldComponentUpdate(next: NodeCardProps): boolean {
    return next.version !== this.props.version || next.width !== this.props.width || next.node !== this.props.node;
  }

  override render() {
    return <NodeCard {...this.props} />;
  }
}
