/** A node's actions, all through the Kubernetes API: cordon, drain, taint, add pressure. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { cordon, drain, drainablePods, setNodeUsage, setTaints } from '../api.js';
import { bytes, parseBytes, signalValue } from '../format.js';
import { PRESSURE_KEYS, pressureTargets, usageFor } from '../pressure.js';
import type { NodeUsageView, NodeView, PodView } from '../model.js';
import { Modal } from './Modal.js';
import type { PushToast } from './Toasts.js';

function PressureDialog({ node, usage, onClose, toast }: { node: NodeView; usage: NodeUsageView | undefined; onClose: () => void; toast: PushToast }) {
  const [key, setKey] = useState('memory');
  const spec = PRESSURE_KEYS.find((k) => k.key === key)!;
  const sig = usage?.signals.find((s) => s.signal === spec.signal);
  const [value, setValue] = useState(node.usage[key] ?? '');
  useEffect(() => setValue(node.usage[key] ?? ''), [key]);
  const apply = (v: string | null) => {
    setNodeUsage(node.name, { [key]: v })
      .then(() => toast('ok', v === null ? `cleared usage.kemu.dev/${key} on ${node.name}` : `usage.kemu.dev/${key}=${v} on ${node.name}`))
      .catch((err: Error) => toast('error', `add pressure on ${node.name}: ${err.message}`));
    onClose();
  };
  return (
    <Modal title={`Add pressure on ${node.name}`} onClose={onClose}>
      <p class="muted">Sets the node's <code>usage.kemu.dev/{key}</code> annotation: usage outside pods, as if system daemons used it. The kubelet's eviction manager reacts at its next housekeeping.</p>
      <label class="field">Resource
        <select value={key} onChange={(e) => setKey((e.target as HTMLSelectElement).value)} data-testid="pressure-resource">
          {PRESSURE_KEYS.map((k) => <option key={k.key} value={k.key}>{k.label}</option>)}
        </select>
      </label>
      {sig ? (
        <div class="pressure-now">
          <span>{spec.signal}: <b>{signalValue(sig.signal, sig.available)}</b> available of {signalValue(sig.signal, sig.capacity)}</span>
          {sig.hard >= 0 && <span class="hard">hard &lt; {sig.hard_value}</span>}
          {sig.soft >= 0 && <span class="soft">soft &lt; {sig.soft_value}</span>}
        </div>
      ) : <p class="muted">No stats for {spec.signal} on this node yet; enter a value.</p>}
      <div class="presets">
        {sig && pressureTargets(sig).map((t) => {
          const v = usageFor(node.usage[key], sig, t.target, spec.unit);
          return <button key={t.label} class="btn btn-danger" data-testid={`preset-${t.label.replace(/ /g, '-')}`} onClick={() => apply(v)}>Push {t.label} ({spec.unit === 'bytes' ? bytes(parseBytes(v)) : v})</button>;
        })}
      </div>
      <label class="field">Value (Kubernetes quantity)
        <input value={value} placeholder={spec.unit === 'bytes' ? 'e.g. 7Gi' : 'e.g. 30000'} onInput={(e) => setValue((e.target as HTMLInputElement).value)} data-testid="pressure-value" />
      </label>
      <div class="modal-actions">
        {node.usage[key] !== undefined && <button class="btn" onClick={() => apply(null)}>Clear</button>}
        <button class="btn" onClick={onClose}>Cancel</button>
        <button class="btn btn-primary" disabled={!value.trim()} onClick={() => apply(value.trim())}>Apply</button>
      </div>
    </Modal>
  );
}

function TaintDialog({ node, onClose, toast }: { node: NodeView; onClose: () => void; toast: PushToast }) {
  const [key, setKey] = useState('example.com/maintenance');
  const [value, setValue] = useState('');
  const [effect, setEffect] = useState('NoExecute');
  const apply = () => {
    const rest = node.taints.filter((t) => !(t.key === key && t.effect === effect));
    setTaints(node.name, [...rest, { key, value, effect, time_added: 0 }])
      .then(() => toast('ok', `tainted ${node.name} ${key}${value ? `=${value}` : ''}:${effect}`))
      .catch((err: Error) => toast('error', `taint ${node.name}: ${err.message}`));
    onClose();
  };
  return (
    <Modal title={`Taint ${node.name}`} onClose={onClose}>
      <p class="muted">Like <code>kubectl taint nodes {node.name} {key || 'KEY'}{value ? `=${value}` : ''}:{effect}</code>. A NoExecute taint evicts pods that do not tolerate it.</p>
      <label class="field">Key<input value={key} onInput={(e) => setKey((e.target as HTMLInputElement).value)} data-testid="taint-key" /></label>
      <label class="field">Value<input value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} placeholder="(none)" /></label>
      <label class="field">Effect
        <select value={effect} onChange={(e) => setEffect((e.target as HTMLSelectElement).value)}>
          <option>NoSchedule</option><option>PreferNoSchedule</option><option>NoExecute</option>
        </select>
      </label>
      <div class="modal-actions">
        <button class="btn" onClick={onClose}>Cancel</button>
        <button class="btn btn-primary" disabled={!key.trim()} onClick={apply}>Add taint</button>
      </div>
    </Modal>
  );
}

export function NodeMenu({ node, pods, usage, toast }: { node: NodeView; pods: PodView[]; usage: NodeUsageView | undefined; toast: PushToast }) {
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<'taint' | 'pressure' | undefined>(undefined);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => { if (!ref.current?.contains(e.target as Node)) setOpen(false); };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  const run = (label: string, f: () => Promise<unknown>, ok: string) => {
    setOpen(false);
    f().then(() => toast('ok', ok)).catch((err: Error) => toast('error', `${label} ${node.name}: ${err.message}`));
  };
  const doDrain = () => {
    setOpen(false);
    const n = drainablePods(pods).length;
    toast('info', `draining ${node.name}: evicting ${n} pod${n === 1 ? '' : 's'}`);
    drain(node, pods, (p) => {
      if (p.done) {
        const msg = `drain ${node.name}: ${p.evicted.length} evicted${p.waiting.length ? `, ${p.waiting.length} blocked by a PodDisruptionBudget` : ''}${p.failed.length ? `, ${p.failed.length} failed (${p.failed[0].message})` : ''}`;
        toast(p.failed.length || p.waiting.length ? 'error' : 'ok', msg);
      }
    }).catch((err: Error) => toast('error', `drain ${node.name}: ${err.message}`));
  };
  return (
    <div class="menu" ref={ref}>
      <button class="btn btn-icon" aria-label={`actions for ${node.name}`} data-testid="node-actions" onClick={() => setOpen(!open)}>⋯</button>
      {open && (
        <div class="menu-pop" role="menu">
          {node.unschedulable
            ? <button role="menuitem" data-action="uncordon" onClick={() => run('uncordon', () => cordon(node.name, false), `uncordoned ${node.name}`)}>Uncordon</button>
            : <button role="menuitem" data-action="cordon" onClick={() => run('cordon', () => cordon(node.name, true), `cordoned ${node.name}`)}>Cordon</button>}
          <button role="menuitem" data-action="drain" onClick={doDrain}>Drain…</button>
          <button role="menuitem" data-action="taint" onClick={() => { setOpen(false); setDialog('taint'); }}>Add taint…</button>
          <button role="menuitem" data-action="pressure" onClick={() => { setOpen(false); setDialog('pressure'); }}>Add pressure…</button>
        </div>
      )}
      {dialog === 'taint' && <TaintDialog node={node} onClose={() => setDialog(undefined)} toast={toast} />}
      {dialog === 'pressure' && <PressureDialog node={node} usage={usage} onClose={() => setDialog(undefined)} toast={toast} />}
    </div>
  );
}
