/** A benchmark: one number with a unit and a target. Ratios are measured side by side in one run. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target: number;
  better: 'higher' | 'lower';
  /** Extra figures shown under the table (what was measured against what). */
  detail?: string;
}

export interface Benchmark {
  name: string;
  description: string;
  /** Names of the results it reports, when they differ from its own name. */
  results?: string[];
  run(): Promise<BenchResult | BenchResult[]>;
}

export function ok(r: BenchResult): boolean {
  return r.better === 'higher' ? r.value >= r.target : r.value <= r.target;
}
