import type { AnyNode, Identifier, Program } from 'acorn';
import { ancestor, type AncestorVisitors } from 'acorn-walk';
import { collectScopes, isBound } from './scopes';

/** Free names of a cell: what it needs from outside, and which of those it writes to. */
export interface CellReferences {
  /** Names read or written but declared nowhere in the cell, sorted. */
  inputs: string[];
  /** The inputs that are targets of assignment, update or destructuring assignment, sorted. */
  assignedInputs: string[];
}

// `arguments` is implicit in functions and `undefined` is a constant in practice; neither is a cell input.
const NEVER_INPUTS = new Set(['arguments', 'undefined']);

/**
 * Finds the cell's free names by resolving every identifier in reference position against
 * the scopes that enclose it. Property names, method names, labels and `import.meta` are not
 * references (acorn-walk never visits them as expressions); shorthand `{b}` and `typeof b` are.
 */
export function findReferences(program: Program): CellReferences {
  const scopes = collectScopes(program);
  const inputs = new Set<string>();
  const assigned = new Set<string>();

  const visit = (node: Identifier, ancestors: AnyNode[], isReference: boolean) => {
    const writes = isWriteTarget(ancestors);
    if (!isReference && !writes) return; // a binding in a declaration, not a use
    if (NEVER_INPUTS.has(node.name) || isBound(scopes, node.name, ancestors)) return;
    inputs.add(node.name);
    if (writes) assigned.add(node.name);
  };

  const visitors = {
    Identifier: (node: Identifier, _state: unknown, ancestors: AnyNode[]) => visit(node, ancestors, true),
    // acorn-walk's pseudo-type for identifiers in pattern position: declared bindings and
    // assignment targets alike, told apart by isWriteTarget. Its typings omit it, hence the cast.
    VariablePattern: (node: Identifier, _state: unknown, ancestors: AnyNode[]) => visit(node, ancestors, false),
  } as AncestorVisitors<unknown>;
  ancestor(program, visitors);

  return { inputs: [...inputs].sort(), assignedInputs: [...assigned].sort() };
}

/** True when the identifier ending `ancestors` is written: `x = …`, `x += …`, `x++`, `[x] = …`, `for (x of …)`. */
function isWriteTarget(ancestors: readonly AnyNode[]): boolean {
  for (let i = ancestors.length - 1; i > 0; i--) {
    const child = ancestors[i];
    const parent = ancestors[i - 1];
    switch (parent.type) {
      case 'UpdateExpression':
        return parent.argument === child;
      case 'AssignmentExpression':
      case 'ForInStatement':
      case 'ForOfStatement':
        return parent.left === child;
      case 'AssignmentPattern':
        if (parent.left !== child) return false;
        continue;
      case 'ObjectPattern':
      case 'ArrayPattern':
      case 'RestElement':
      case 'Property':
        continue; // still inside the destructuring target; keep climbing
      default:
        return false;
    }
  }
  return false;
}
