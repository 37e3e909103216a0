/**
 * Compile-time checks that tie a zod schema to the plain interface the editor shows: a key added
 * to one and not the other, or a field typed differently, fails `tsc` where the check is written.
 */

/** `true` when A and B have exactly the same keys. */
export type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;

/** `true` when A and B are assignable to each other. */
export type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
