/**
 * A node's pods as small tiles on one canvas (hundreds of nodes × dozens of pods stay cheap):
 * colour = QoS class, shade = priority, hatched = Terminating, red outline with a cross = Evicted,
 * hollow = not running yet.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { podCategory, type PodCategory, type PodView } from '../model.js';

export const TILE = 11;
export const GAP = 3;
export const ROWS = 4;

export const QOS_COLOR: Record<string, [number, number, number]> = {
  Guaranteed: [96, 165, 250],
  Burstable: [52, 211, 153],
  BestEffort: [192, 132, 252],
};

/** 0 (lowest) … 1 (system-critical): log scale, since priorities span 0 … 2e9. */
export function priorityShade(priority: number): number {
  if (priority <= 0) return 0;
  return Math.min(1, Math.log10(priority + 1) / 9.3);
}

export function tileColor(p: PodView): string {
  const [r, g, b] = QOS_COLOR[p.qos_class] ?? [148, 163, 184];
  // Low priority is washed out, high priority full strength and a little darker.
  const s = priorityShade(p.priority);
  const mix = (c: number) => Math.round(c * (0.55 + 0.45 * s) + 30 * (1 - s));
  return `rgb(${mix(r)},${mix(g)},${mix(b)})`;
}

export type TileState = PodCategory;
export const tileState = podCategory;

const STATE_ORDER: Record<TileState, number> = { running: 0, pending: 1, terminating: 2, evicted: 3, failed: 4, succeeded: 5 };

/** Running pods first, by priority (highest first), then the rest. */
export function orderTiles(pods: Iterable<PodView>): PodView[] {
  return [...pods].sort((a, b) => STATE_ORDER[tileState(a)] - STATE_ORDER[tileState(b)] || b.priority - a.priority
    || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function draw(ctx: CanvasRenderingContext2D, pods: PodView[], perRow: number, max: number): void {
  for (let i = 0; i < Math.min(pods.length, max); i++) {
    const p = pods[i];
    const x = (i % perRow) * (TILE + GAP) + 0.5;
    const y = Math.floor(i / perRow) * (TILE + GAP) + 0.5;
    const color = tileColor(p);
    const st = tileState(p);
    ctx.lineWidth = 1;
    if (st === 'running' || st === 'succeeded') {
      ctx.fillStyle = st === 'succeeded' ? '#475569' : color;
      ctx.fillRect(x, y, TILE, TILE);
      if (p.priority >= 2e9) {
        ctx.strokeStyle = '#f8fafc';
        ctx.strokeRect(x + 0.5, y + 0.5, TILE - 1, TILE - 1);
      }
    } else if (st === 'pending') {
      ctx.strokeStyle = color;
      ctx.strokeRect(x + 0.5, y + 0.5, TILE - 1, TILE - 1);
    } else if (st === 'terminating') {
      ctx.globalAlpha = 0.45;
      ctx.fillStyle = color;
      ctx.fillRect(x, y, TILE, TILE);
      ctx.globalAlpha = 1;
      ctx.strokeStyle = '#fbbf24';
      ctx.beginPath();
      for (let d = -TILE; d < TILE; d += 4) {
        ctx.moveTo(x + Math.max(0, d), y + Math.max(0, -d));
        ctx.lineTo(x + Math.min(TILE, d + TILE), y + Math.min(TILE, TILE - d));
      }
      ctx.stroke();
    } else {
      ctx.strokeStyle = st === 'evicted' ? '#f87171' : '#94a3b8';
      ctx.strokeRect(x + 0.5, y + 0.5, TILE - 1, TILE - 1);
      ctx.beginPath();
      ctx.moveTo(x + 3, y + 3);
      ctx.lineTo(x + TILE - 3, y + TILE - 3);
      ctx.moveTo(x + TILE - 3, y + 3);
      ctx.lineTo(x + 3, y + TILE - 3);
      ctx.stroke();
    }
  }
}

interface Props {
  pods: PodView[];
  width: number;
  rows?: number;
  onPod?: (p: PodView) => void;
}

export function PodTiles({ pods, width, rows = ROWS, onPod }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [hover, setHover] = useState<{ pod: PodView; x: number; y: number } | undefined>(undefined);
  const perRow = Math.max(1, Math.floor((width + GAP) / (TILE + GAP)));
  const max = perRow * rows;
  const overflow = pods.length > max ? pods.length - max + 1 : 0;
  const shown = overflow ? max - 1 : max;
  const height = rows * (TILE + GAP) - GAP;

  useEffect(() => {
    const c = ref.current;
    if (!c) return;
    const dpr = window.devicePixelRatio || 1;
    if (c.width !== Math.round(width * dpr)) c.width = Math.round(width * dpr);
    if (c.height !== Math.round(height * dpr)) c.height = Math.round(height * dpr);
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    draw(ctx, pods, perRow, shown);
  });

  const at = (ev: MouseEvent): PodView | undefined => {
    const r = (ev.currentTarget as HTMLCanvasElement).getBoundingClientRect();
    const col = Math.floor((ev.clientX - r.left) / (TILE + GAP));
    const row = Math.floor((ev.clientY - r.top) / (TILE + GAP));
    if (col < 0 || col >= perRow || row < 0) return undefined;
    const i = row * perRow + col;
    return i < shown ? pods[i] : undefined;
  };

  return (
    <div class="tiles">
      <canvas
        ref={ref}
        class="tiles-canvas"
        style={{ width: `${width}px`, height: `${height}px` }}
        onMouseMove={(ev) => {
          const p = at(ev);
          const r = (ev.currentTarget as HTMLCanvasElement).getBoundingClientRect();
          setHover(p ? { pod: p, x: ev.clientX - r.left, y: ev.clientY - r.top } : undefined);
        }}
        onMouseLeave={() => setHover(undefined)}
        onClick={(ev) => {
          const p = at(ev);
          if (p && onPod) onPod(p);
        }}
      />
      {overflow > 0 && <span class="tiles-more">+{overflow}</span>}
      {hover && (
        // Above the pointer: the tiles sit at the bottom of a card, which clips what overflows it.
        <div class="tile-tip" style={{ left: `${Math.max(0, Math.min(hover.x + 12, width - 190))}px`, bottom: `${height - hover.y + 10}px` }}>
          <b>{hover.pod.namespace}/{hover.pod.name}</b>
          <span>{tileState(hover.pod)} · {hover.pod.qos_class} · priority {hover.pod.priority}</span>
          {hover.pod.requests.memory && <span>requests {hover.pod.requests.memory} memory</span>}
          {hover.pod.usage.memory && <span>usage {hover.pod.usage.memory} memory</span>}
          {hover.pod.reason && <span>{hover.pod.reason}</span>}
        </div>
      )}
    </div>
  );
}
