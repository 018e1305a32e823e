/**
 * Human-readable log lines for `kemu up`: each child's pino JSON becomes
 * `[node-3] 12:00:01 INFO  kubelet  registered with the control plane  node=node-3`.
 */
const LEVELS: Record<number, [string, string]> = {
  10: ['TRACE', '\x1b[90m'], 20: ['DEBUG', '\x1b[36m'], 30: ['INFO ', '\x1b[32m'],
  40: ['WARN ', '\x1b[33m'], 50: ['ERROR', '\x1b[31m'], 60: ['FATAL', '\x1b[35m'],
};
const SKIP = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'component', 'v']);

export function formatLogLine(prefix: string, line: string, color: boolean): string {
  let rec: Record<string, unknown>;
  try {
    rec = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return `${paint(`[${prefix}]`, '\x1b[1m', color)} ${line}`;
  }
  const [lvl, c] = LEVELS[Number(rec.level)] ?? ['INFO ', ''];
  const t = typeof rec.time === 'number' ? new Date(rec.time).toISOString().slice(11, 23) : '';
  const extra = Object.entries(rec)
    .filter(([k]) => !SKIP.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
  return `${paint(`[${prefix}]`, '\x1b[1m', color)} ${t} ${paint(lvl, c, color)} ${rec.component ?? ''}: ${rec.msg ?? ''}${extra ? `  ${paint(extra, '\x1b[90m', color)}` : ''}`;
}

function paint(s: string, code: string, on: boolean): string {
  return on && code ? `${code}${s}\x1b[0m` : s;
}

/** Splits a stream into lines and hands each complete line to fn. */
export function onLines(stream: NodeJS.ReadableStream, fn: (line: string) => void): void {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buf += chunk;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (line.trim()) fn(line);
    }
  });
  stream.on('end', () => {
    if (buf.trim()) fn(buf);
    buf = '';
  });
}
