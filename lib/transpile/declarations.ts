import type { ModuleDeclaration, Program, Statement, VariableDeclaration } from 'acorn';
import { boundNames } from './patterns';

/**
 * Names the cell declares at top level and therefore shares with other cells:
 * const/let/var (every name in a destructuring pattern), function and class declarations,
 * and `var`s nested in top-level blocks or loops, which hoist to the cell's scope.
 * Imports are reported separately. Names keep their first-appearance order.
 */
export function topLevelDeclarations(program: Program): string[] {
  const names = new Set<string>();
  for (const statement of program.body) {
    for (const name of declaredBy(statement)) names.add(name);
  }
  return [...names];
}

function declaredBy(statement: Statement | ModuleDeclaration): string[] {
  switch (statement.type) {
    case 'VariableDeclaration':
      return variableNames(statement);
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
      return [statement.id.name];
    default:
      return hoistedVars(statement);
  }
}

function variableNames(declaration: VariableDeclaration): string[] {
  return declaration.declarations.flatMap((declarator) => boundNames(declarator.id));
}

/** `var` declarations inside a statement that hoist out of it (functions stop hoisting). */
function hoistedVars(statement: Statement | ModuleDeclaration | null | undefined): string[] {
  if (!statement) return [];
  switch (statement.type) {
    case 'VariableDeclaration':
      return statement.kind === 'var' ? variableNames(statement) : [];
    case 'BlockStatement':
      return statement.body.flatMap(hoistedVars);
    case 'IfStatement':
      return [...hoistedVars(statement.consequent), ...hoistedVars(statement.alternate)];
    case 'ForStatement':
      return [...(statement.init?.type === 'VariableDeclaration' ? hoistedVars(statement.init) : []), ...hoistedVars(statement.body)];
    case 'ForInStatement':
    case 'ForOfStatement':
      return [...(statement.left.type === 'VariableDeclaration' ? hoistedVars(statement.left) : []), ...hoistedVars(statement.body)];
    case 'WhileStatement':
    case 'DoWhileStatement':
    case 'LabeledStatement':
    case 'WithStatement':
      return hoistedVars(statement.body);
    case 'TryStatement':
      return [...hoistedVars(statement.block), ...hoistedVars(statement.handler?.body), ...hoistedVars(statement.finalizer)];
    case 'SwitchStatement':
      return statement.cases.flatMap((switchCase) => switchCase.consequent.flatMap(hoistedVars));
    default:
      return [];
  }
}
