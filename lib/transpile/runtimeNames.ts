/** Names the generated cell function uses for its own plumbing; user code should not need them. */
export const RUNTIME = {
  /** Parameter holding the values of the cell's provided inputs. */
  inputs: '__inputs',
  /** Parameter the kernel passes to load a module, replacing static and dynamic `import`. */
  import: '__import',
  /** Local that receives the value of the cell's last expression. */
  value: '__value',
} as const;
