/** Renders any JSON value readably: objects as key/value lists, uniform arrays of objects as tables. */
import { bytes, clockTime, duration } from '../format.js';

type J = unknown;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function humanKey(k: string): string {
  return k.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
}

/** Keys whose numbers are byte counts. */
const BYTE_KEY = /(memory|bytes|storage|freed)/i;

export function isRecord(v: J): v is Record<string, J> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A leaf value: times as HH:MM:SS, *Ms durations as Go durations, epoch-ms fields as times. */
export function Scalar({ v, k }: { v: J; k?: string }) {
  if (v === null || v === undefined) return <span class="j-null">—</span>;
  if (typeof v === 'boolean') return <span class={`j-bool j-${v}`}>{String(v)}</span>;
  if (typeof v === 'number') {
    if (k && /Ms$/.test(k)) return <span class="j-num" title={`${v} ms`}>{duration(v)}</span>;
    if (k && /(At|Time)$/.test(k) && v > 1e12) return <span class="j-time" title={new Date(v).toISOString()}>{clockTime(v)}</span>;
    if (k && BYTE_KEY.test(k) && Math.abs(v) >= 1024) return <span class="j-num" title={`${v} bytes`}>{bytes(v)}</span>;
    return <span class="j-num">{Number.isInteger(v) ? v.toLocaleString('en-US') : v.toPrecision(6).replace(/\.?0+$/, '')}</span>;
  }
  if (typeof v === 'string') {
    if (ISO.test(v)) return <span class="j-time" title={v}>{clockTime(Date.parse(v))}</span>;
    return <span class="j-str">{v}</span>;
  }
  return <span class="j-str">{JSON.stringify(v)}</span>;
}

function uniformKeys(arr: J[]): string[] | undefined {
  if (arr.length === 0 || !arr.every(isRecord)) return undefined;
  const keys = new Set<string>();
  for (const o of arr as Array<Record<string, J>>) for (const [k, v] of Object.entries(o)) if (!isRecord(v) || Object.keys(v).length <= 4) keys.add(k);
  return keys.size > 0 && keys.size <= 10 ? [...keys] : undefined;
}

function Cell({ v, k }: { v: J; k: string }) {
  if (isRecord(v)) return <span class="j-inline">{Object.entries(v).map(([kk, vv]) => <span key={kk}><i>{kk}</i> <Scalar v={vv} k={kk} /></span>)}</span>;
  if (Array.isArray(v)) return <span class="j-inline">{v.map((x, i) => <Scalar key={i} v={x} />)}</span>;
  return <Scalar v={v} k={k} />;
}

export function Table({ rows, keys, highlight }: { rows: Array<Record<string, J>>; keys: string[]; highlight?: (row: Record<string, J>) => boolean }) {
  return (
    <div class="j-table-wrap">
      <table class="j-table">
        <thead><tr>{keys.map((k) => <th key={k}>{humanKey(k)}</th>)}</tr></thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} class={highlight?.(r) ? 'hl' : ''}>{keys.map((k) => <td key={k}><Cell v={r[k]} k={k} /></td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function JsonTree({ value, depth = 0 }: { value: J; depth?: number }) {
  if (Array.isArray(value)) {
    if (value.length === 0) return <span class="j-null">none</span>;
    const keys = uniformKeys(value);
    if (keys) return <Table rows={value as Array<Record<string, J>>} keys={keys} />;
    if (value.every((x) => !isRecord(x) && !Array.isArray(x))) return <span class="j-list">{value.map((x, i) => <Scalar key={i} v={x} />)}</span>;
    return <ol class="j-arr">{value.map((x, i) => <li key={i}><JsonTree value={x} depth={depth + 1} /></li>)}</ol>;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return <span class="j-null">{'{}'}</span>;
    return (
      <dl class={`j-obj j-d${Math.min(depth, 3)}`}>
        {entries.map(([k, v]) => (
          <div class="j-row" key={k}>
            <dt>{humanKey(k)}</dt>
            <dd>{isRecord(v) || Array.isArray(v) ? <JsonTree value={v} depth={depth + 1} /> : <Scalar v={v} k={k} />}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return <Scalar v={value} />;
}
