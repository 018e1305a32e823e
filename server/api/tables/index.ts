/**
 * meta.k8s.io Table responses (apiserver/pkg/endpoints/handlers/response.go asTable,
 * registry/rest/table.go): column definitions, one row per object with its cells and, per
 * `includeObject`, the PartialObjectMetadata (default), the full object, or nothing.
 */
import type { KObject, Kind } from '../../../core/types.js';
import type { IncludeObject } from '../query.js';
import { COLUMNS, DEFAULT_COLUMNS, printDefault, printObject, type Cell, type TableColumnDefinition } from './printers.js';
import type { TableRowCondition } from './pod.js';

export { humanDuration, since } from './age.js';
export { printPod, NODE_UNREACHABLE_POD_REASON } from './pod.js';
export { COLUMNS, DEFAULT_COLUMNS, formatLabelSelector, printObject } from './printers.js';
export type { Cell, TableColumnDefinition } from './printers.js';

export interface TableRow {
  cells: Cell[];
  conditions?: TableRowCondition[];
  object?: KObject;
}

export interface Table {
  kind: 'Table';
  apiVersion: string;
  metadata: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
  columnDefinitions: TableColumnDefinition[];
  rows: TableRow[];
}

export interface TableOptions {
  version: 'v1' | 'v1beta1';
  includeObject: IncludeObject;
  /** Leave columnDefinitions empty (watch events after the first). */
  noHeaders?: boolean;
}

export function partialObjectMetadata(obj: KObject, version: 'v1' | 'v1beta1'): KObject {
  return { kind: 'PartialObjectMetadata', apiVersion: `meta.k8s.io/${version}`, metadata: obj.metadata };
}

export interface RowSource {
  /** The stored object the cells are printed from. */
  stored: KObject;
  /** The object as this API version serves it (events.k8s.io differs from core). */
  served: KObject;
}

/**
 * A Table for objects of a stored kind (printed with that kind's printer) or, with kind
 * undefined, with the default Name / Created At columns.
 */
export function buildTable(kind: Kind | undefined, rows: RowSource[], now: number, opts: TableOptions, listMeta: Table['metadata'] = {}): Table {
  const columns = kind ? COLUMNS[kind] : DEFAULT_COLUMNS;
  return {
    kind: 'Table',
    apiVersion: `meta.k8s.io/${opts.version}`,
    metadata: listMeta,
    columnDefinitions: opts.noHeaders ? [] : columns,
    rows: rows.map(({ stored, served }) => {
      const printed = kind ? printObject(kind, stored, now) : printDefault(stored);
      const row: TableRow = { cells: printed.cells };
      if (printed.conditions) row.conditions = printed.conditions;
      if (opts.includeObject === 'Object') row.object = served;
      else if (opts.includeObject === 'Metadata') row.object = partialObjectMetadata(served, opts.version);
      return row;
    }),
  };
}
