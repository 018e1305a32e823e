/** A pod's details, its events (with their why) and its actions: add memory usage, evict. */
import { useState } from 'preact/hooks';
import { evictPod, setPodUsage } from '../api.js';
import { bytes, clockTime, parseBytes, toMi } from '../format.js';
import type { ClusterModel, PodView } from '../model.js';
import { parseWhy } from './EventFeed.js';
import { Modal } from './Modal.js';
import { tileState } from './PodTiles.js';
import type { PushToast } from './Toasts.js';
import { WhyView } from './WhyView.js';

export function PodPanel({ pod, name, model, onClose, toast }: { pod: PodView | undefined; name: string; model: ClusterModel; onClose: () => void; toast: PushToast }) {
  const [mem, setMem] = useState(pod?.usage.memory ?? '');
  const events = [...model.events.values()]
    .filter((e) => e.involved.kind === 'Pod' && `${e.involved.namespace}/${e.involved.name}` === name)
    .sort((a, b) => b.last_time - a.last_time);
  if (!pod) {
    return (
      <Modal title={name} onClose={onClose} wide>
        <p class="muted">This pod is gone from the cluster.</p>
        {events.map((e) => <div key={e.name} class="pod-ev"><b>{e.reason}</b> {e.message}{e.why_json && <WhyView why={parseWhy(e.why_json)} reason={e.reason} />}</div>)}
      </Modal>
    );
  }
  const request = parseBytes(pod.requests.memory);
  const limit = parseBytes(pod.limits.memory);
  const apply = (v: string | null) => setPodUsage(pod, { memory: v })
    .then(() => toast('ok', v === null ? `cleared memory usage of ${name}` : `${name} now uses ${v} memory`))
    .catch((err: Error) => toast('error', `set usage of ${name}: ${err.message}`));
  return (
    <Modal title={name} onClose={onClose} wide>
      <div class="pod-facts">
        <span class="pill pill-dim">{tileState(pod)}</span>
        <span>phase <b>{pod.phase || 'Pending'}</b>{pod.reason ? ` (${pod.reason})` : ''}</span>
        <span>QoS <b>{pod.qos_class}</b></span>
        <span>priority <b>{pod.priority}</b>{pod.priority_class_name ? ` (${pod.priority_class_name})` : ''}</span>
        <span>node <b>{pod.node || '—'}</b></span>
        {pod.owner_kind && <span>owner <b>{pod.owner_kind}/{pod.owner_name}</b></span>}
        {pod.deletion_time > 0 && <span class="warn">terminating since {clockTime(pod.deletion_time)}</span>}
        {pod.disruption_reason && <span class="bad">DisruptionTarget: {pod.disruption_reason}</span>}
      </div>
      {pod.message && <p class="muted">{pod.message}</p>}
      <div class="pod-res">
        <span>requests: {Object.entries(pod.requests).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}</span>
        <span>limits: {Object.entries(pod.limits).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}</span>
        <span>usage annotations: {Object.entries(pod.usage).map(([k, v]) => `${k}=${v}`).join(', ') || 'none'}</span>
      </div>
      <h3>Memory usage</h3>
      <p class="muted small">Sets <code>usage.kemu.dev/memory</code> on the pod. Above its requests it ranks first for a kubelet eviction; above its limit it is OOM-killed.</p>
      <div class="presets">
        {request > 0 && <button class="btn" onClick={() => apply(toMi(request * 2))}>2× request ({bytes(request * 2)})</button>}
        {limit > 0 && <button class="btn btn-danger" onClick={() => apply(toMi(limit * 1.2))}>over limit ({bytes(limit * 1.2)})</button>}
        <button class="btn" onClick={() => apply('2Gi')}>2Gi</button>
        <button class="btn" onClick={() => apply('6Gi')}>6Gi</button>
      </div>
      <div class="inline-form">
        <input value={mem} placeholder="e.g. 1500Mi" onInput={(e) => setMem((e.target as HTMLInputElement).value)} aria-label="memory usage" />
        <button class="btn btn-primary" disabled={!mem.trim()} onClick={() => apply(mem.trim())}>Set</button>
        {pod.usage.memory !== undefined && <button class="btn" onClick={() => apply(null)}>Clear</button>}
      </div>
      <h3>Eviction</h3>
      <div class="presets">
        <button class="btn btn-danger" disabled={pod.deletion_time > 0} onClick={() => evictPod(pod)
          .then(() => toast('ok', `evicted ${name}`))
          .catch((err: Error) => toast('error', `evict ${name}: ${err.message}`))}>Evict (policy/v1 Eviction)</button>
      </div>
      {events.length > 0 && <h3>Events</h3>}
      {events.map((e) => (
        <details key={e.name} class="pod-ev" open={e.eviction}>
          <summary><span class="ev-time">{clockTime(e.last_time)}</span> <b>{e.reason}</b> {e.message}</summary>
          {e.why_json ? <WhyView why={parseWhy(e.why_json)} reason={e.reason} /> : <p class="muted small">no why recorded</p>}
        </details>
      ))}
    </Modal>
  );
}
