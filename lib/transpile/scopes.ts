import type { AnyNode, Pattern, Program, VariableDeclaration } from 'acorn';
import { ancestor } from 'acorn-walk';
import { boundNames } from './patterns';

/** For each node that opens a scope, the names declared directly in it. */
export type ScopeMap = Map<AnyNode, Set<string>>;

/**
 * Records where every binding in the cell lives, so that an identifier can later be
 * resolved by walking up its ancestors. Function params, function-expression and
 * class-expression names bind on their own node; `var` binds on the nearest function
 * (or the program); let/const/class/function declarations bind on the enclosing block.
 */
export function collectScopes(program: Program): ScopeMap {
  const scopes: ScopeMap = new Map();
  const bind = (scope: AnyNode, names: string[]) => {
    const set = scopes.get(scope) ?? new Set<string>();
    for (const name of names) set.add(name);
    scopes.set(scope, set);
  };

  ancestor(program, {
    VariableDeclaration(node, _state, ancestors) {
      const scope = node.kind === 'var' ? functionScope(ancestors) : blockScope(ancestors);
      bind(scope, variableNames(node));
    },
    FunctionDeclaration(node, _state, ancestors) {
      if (node.id) bind(blockScope(ancestors), [node.id.name]);
    },
    ClassDeclaration(node, _state, ancestors) {
      if (node.id) bind(blockScope(ancestors), [node.id.name]);
    },
    Function(node) {
      // A named function expression can call itself by name; a declaration's name is bound outside.
      const ownName = node.type === 'FunctionExpression' && node.id ? [node.id.name] : [];
      bind(node as AnyNode, [...ownName, ...node.params.flatMap((param: Pattern) => boundNames(param))]);
    },
    ClassExpression(node) {
      if (node.id) bind(node, [node.id.name]);
    },
    CatchClause(node) {
      if (node.param) bind(node, boundNames(node.param));
    },
    ImportDeclaration(node) {
      bind(
        program,
        node.specifiers.map((specifier) => specifier.local.name),
      );
    },
  });
  return scopes;
}

/** True when `name` is declared in any scope enclosing the node whose ancestors are given. */
export function isBound(scopes: ScopeMap, name: string, ancestors: readonly AnyNode[]): boolean {
  return ancestors.some((node) => scopes.get(node)?.has(name) === true);
}

function variableNames(declaration: VariableDeclaration): string[] {
  return declaration.declarations.flatMap((declarator) => boundNames(declarator.id));
}

/** The block a let/const/class/function declaration belongs to; `ancestors` ends with the declaration. */
function blockScope(ancestors: readonly AnyNode[]): AnyNode {
  const parent = ancestors[ancestors.length - 2] ?? ancestors[0];
  // Declarations in one `case` are visible in every case of the same switch.
  if (parent.type === 'SwitchCase') return ancestors[ancestors.length - 3] ?? parent;
  return parent;
}

/** The scope a `var` hoists to: the nearest function, class static block, or the program. */
function functionScope(ancestors: readonly AnyNode[]): AnyNode {
  for (let i = ancestors.length - 2; i > 0; i--) {
    const node = ancestors[i];
    if (
      node.type === 'FunctionDeclaration' ||
      node.type === 'FunctionExpression' ||
      node.type === 'ArrowFunctionExpression' ||
      node.type === 'StaticBlock'
    ) {
      return node;
    }
  }
  return ancestors[0];
}
