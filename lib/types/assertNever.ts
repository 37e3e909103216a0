/**
 * The default branch of a switch over a closed union: the compiler rejects the call while a
 * case is missing, and at run time a value from a newer or foreign sender fails loudly.
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
