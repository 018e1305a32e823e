/** Kubernetes time encodings (see spec kube-api-compat §1.5). */

/** metav1.Time: RFC 3339 with whole seconds. */
export function toK8sTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** metav1.MicroTime: exactly six fractional digits, or kubectl fails to decode it. */
export function toMicroTime(ms: number): string {
  const whole = Math.floor(ms);
  const micros = Math.round((ms - whole) * 1000);
  const iso = new Date(whole).toISOString(); // 2026-01-01T00:00:00.123Z
  return `${iso.slice(0, 23)}${String(micros).padStart(3, '0')}Z`;
}

/** Parses either encoding back to epoch milliseconds (NaN when absent or invalid). */
export function parseK8sTime(s: string | undefined | null): number {
  if (!s) return NaN;
  return Date.parse(s);
}
