/**
 * The notebook's shared namespace: which cell defined each top-level name, and its value.
 * Pure bookkeeping (no tfjs), so the redefinition rule and write-back are unit-tested alone.
 */
import type { CellId } from '../../../lib/notebook/ids';

/** One top-level name as the kernel holds it. */
export interface ScopeEntry {
  value: unknown;
  definedBy: CellId;
  /** Imports may be repeated in several cells (both bind the same module); declarations may not. */
  kind: 'declaration' | 'import';
}

/** A name another live cell already defines. */
export interface Redefinition {
  name: string;
  otherCell: CellId;
  /** 1-based position of the other cell in the notebook, for "cell 3" in messages. */
  otherCellNumber: number;
}

/** What a successful cell run hands back to the scope. */
export interface CellResult {
  declarations: Record<string, unknown>;
  importLocals: string[];
  assigned: Record<string, unknown>;
}

export class NotebookScope {
  private readonly entries = new Map<string, ScopeEntry>();

  /** Names `cellId` declares that a different cell, still in the notebook, already declares. */
  redefinitions(cellId: CellId, declared: string[], cellOrder: CellId[]): Redefinition[] {
    const found: Redefinition[] = [];
    for (const name of declared) {
      const entry = this.entries.get(name);
      if (!entry || entry.definedBy === cellId || entry.kind === 'import') continue;
      const index = cellOrder.indexOf(entry.definedBy);
      if (index === -1) continue; // the defining cell was deleted: the name is free again
      found.push({ name, otherCell: entry.definedBy, otherCellNumber: index + 1 });
    }
    return found;
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Values for the names a cell reads that the scope has. */
  inputsFor(names: string[]): Record<string, unknown> {
    const inputs: Record<string, unknown> = {};
    for (const name of names) {
      const entry = this.entries.get(name);
      if (entry) inputs[name] = entry.value;
    }
    return inputs;
  }

  /**
   * Records a cell's run: its names replace what it defined before (names it no longer
   * defines are dropped), assigned names are written back. Returns the values that left the
   * scope so the caller can dispose tensors among them.
   */
  commit(cellId: CellId, result: CellResult): unknown[] {
    const removed: unknown[] = [];
    for (const [name, entry] of this.entries) {
      if (entry.definedBy === cellId && !(name in result.declarations)) {
        removed.push(entry.value);
        this.entries.delete(name);
      }
    }
    const imports = new Set(result.importLocals);
    for (const [name, value] of Object.entries(result.declarations)) {
      const previous = this.entries.get(name);
      if (previous && previous.value !== value) removed.push(previous.value);
      this.entries.set(name, { value, definedBy: cellId, kind: imports.has(name) ? 'import' : 'declaration' });
    }
    for (const [name, value] of Object.entries(result.assigned)) {
      const entry = this.entries.get(name);
      if (!entry) continue;
      if (entry.value !== value) removed.push(entry.value);
      entry.value = value;
    }
    return removed;
  }

  /** Drops every name a (deleted) cell defined; returns their values for disposal. */
  forget(cellId: CellId): unknown[] {
    const removed: unknown[] = [];
    for (const [name, entry] of this.entries) {
      if (entry.definedBy === cellId) {
        removed.push(entry.value);
        this.entries.delete(name);
      }
    }
    return removed;
  }

  /** Every value still in scope (what must not be disposed). */
  values(): unknown[] {
    return [...this.entries.values()].map((e) => e.value);
  }
}
