/**
 * A small, hand-rolled cousin of Node's util.inspect for the kernel worker (which has no Node):
 * readable one-line or indented text for any value, tolerant of cycles, throwing getters and
 * Proxies, and bounded in depth and length so a huge structure cannot flood the page.
 */

/** Limits for inspect; the defaults follow Node's where Node has one. */
export interface InspectOptions {
  /** Nesting shown before an object prints as [Object]. Node's default is 2. */
  depth?: number;
  /** Items shown per array, Map or Set before "... n more items". */
  maxArrayLength?: number;
  /** Characters shown of a nested string. */
  maxStringLength?: number;
  /** Entries printed in all, so depth x width cannot multiply into megabytes. */
  maxEntries?: number;
  /** A value whose one-line form is longer than this is printed one entry per line. */
  breakLength?: number;
  /** Describes values it knows better (tensors, models) or returns undefined to inspect them. */
  describe?: (value: object) => string | undefined;
}

interface Context extends Required<Omit<InspectOptions, 'describe'>> {
  describe?: InspectOptions['describe'];
  seen: object[];
  entriesLeft: number;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const SPECIAL_FUNCTIONS = ['AsyncFunction', 'GeneratorFunction', 'AsyncGeneratorFunction'];

/** Returns readable text for any value; strings come back quoted, as in a REPL. */
export function inspect(value: unknown, options: InspectOptions = {}): string {
  const ctx: Context = {
    depth: options.depth ?? 2,
    maxArrayLength: options.maxArrayLength ?? 100,
    maxStringLength: options.maxStringLength ?? 10_000,
    maxEntries: options.maxEntries ?? 1_000,
    breakLength: options.breakLength ?? 72,
    describe: options.describe,
    seen: [],
    entriesLeft: options.maxEntries ?? 1_000,
  };
  return formatValue(value, 0, ctx);
}

/** Quotes a string the way Node does: single quotes, escapes for control characters. */
export function quoteString(s: string): string {
  const escaped = JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${escaped}'`;
}

/** "[Function name]", "[AsyncFunction name]" or "[class Name]", as Node prints them. */
// `Function` on purpose: classes and plain functions alike, as `typeof value === 'function'` narrows to.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function describeFunction(fn: Function): string {
  const name = fn.name || '(anonymous)';
  let source = '';
  try {
    source = Function.prototype.toString.call(fn).slice(0, 6);
  } catch {
    // A revoked Proxy of a function cannot be stringified; the name is enough.
  }
  if (/^class\b/.test(source)) return `[class ${fn.name || '(anonymous)'}]`;
  const kind = SPECIAL_FUNCTIONS.find((k) => fn.constructor?.name === k) ?? 'Function';
  return `[${kind} ${name}]`;
}

function formatValue(value: unknown, level: number, ctx: Context): string {
  switch (typeof value) {
    case 'string': {
      const cut = value.length > ctx.maxStringLength;
      const shown = quoteString(cut ? value.slice(0, ctx.maxStringLength) : value);
      return cut ? `${shown}... ${value.length - ctx.maxStringLength} more characters` : shown;
    }
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function':
      return describeFunction(value);
  }
  if (value === null) return 'null';
  const obj = value as object;
  if (ctx.seen.includes(obj)) return '[Circular]';
  try {
    return formatObject(obj, level, ctx);
  } catch {
    // Proxies and exotic host objects can throw from any trap; say so instead of failing.
    return '[object (uninspectable)]';
  }
}

function constructorName(obj: object): string | null {
  const proto: unknown = Object.getPrototypeOf(obj);
  if (proto === null) return null;
  const ctor = (proto as { constructor?: { name?: unknown } }).constructor;
  return typeof ctor?.name === 'string' && ctor.name ? ctor.name : 'Object';
}

function formatObject(obj: object, level: number, ctx: Context): string {
  const described = ctx.describe?.(obj);
  if (described !== undefined) return described;
  if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? 'Invalid Date' : obj.toISOString();
  if (obj instanceof RegExp) return String(obj);
  if (obj instanceof Error) return `[${obj.name}: ${obj.message}]`;
  if (obj instanceof Promise) return 'Promise { <unknown> }';
  if (obj instanceof WeakMap || obj instanceof WeakSet) return `${constructorName(obj)} { <items unknown> }`;
  if (obj instanceof ArrayBuffer) return `ArrayBuffer { byteLength: ${obj.byteLength} }`;

  const name = constructorName(obj);
  const isArray = Array.isArray(obj);
  const typed = ArrayBuffer.isView(obj) && !(obj instanceof DataView);
  if (level > ctx.depth) return isArray ? '[Array]' : `[${name ?? 'Object: null prototype'}]`;

  ctx.seen.push(obj);
  try {
    if (isArray || typed) {
      const items = obj as ArrayLike<unknown>;
      // Plain arrays print bare; typed arrays and Array subclasses say what they are.
      const prefix = name === 'Array' ? '' : `${name ?? 'Array'}(${items.length}) `;
      return wrap(
        prefix,
        '[',
        ']',
        listItems(items.length, (i) => formatValue(items[i], level + 1, ctx), ctx),
        ctx,
        true,
      );
    }
    if (obj instanceof Map) {
      const entries = [...obj.entries()];
      const items = listItems(
        entries.length,
        (i) => {
          const [k, v] = entries[i];
          return `${formatValue(k, level + 1, ctx)} => ${formatValue(v, level + 1, ctx)}`;
        },
        ctx,
      );
      return wrap(`${name}(${obj.size}) `, '{', '}', items, ctx);
    }
    if (obj instanceof Set) {
      const values = [...obj.values()];
      return wrap(
        `${name}(${obj.size}) `,
        '{',
        '}',
        listItems(values.length, (i) => formatValue(values[i], level + 1, ctx), ctx),
        ctx,
        true,
      );
    }
    const prefix = name === null ? '[Object: null prototype] ' : name === 'Object' ? '' : `${name} `;
    return wrap(prefix, '{', '}', propertyItems(obj, level, ctx), ctx);
  } finally {
    ctx.seen.pop();
  }
}

/** Formats up to maxArrayLength items, then says how many were left out. */
function listItems(length: number, format: (i: number) => string, ctx: Context): string[] {
  const shown = Math.min(length, ctx.maxArrayLength, Math.max(ctx.entriesLeft, 0));
  const items: string[] = [];
  for (let i = 0; i < shown; i++) {
    ctx.entriesLeft--;
    items.push(format(i));
  }
  if (length > shown) items.push(`... ${length - shown} more item${length - shown === 1 ? '' : 's'}`);
  return items;
}

/** Own enumerable properties; getters are named, never called (they may throw or be slow). */
function propertyItems(obj: object, level: number, ctx: Context): string[] {
  const keys: (string | symbol)[] = [
    ...Object.keys(obj),
    ...Object.getOwnPropertySymbols(obj).filter((s) => Object.prototype.propertyIsEnumerable.call(obj, s)),
  ];
  return listItems(
    keys.length,
    (i) => {
      const key = keys[i];
      const label = typeof key === 'symbol' ? `[${key.toString()}]` : IDENTIFIER.test(key) ? key : quoteString(key);
      const descriptor = Object.getOwnPropertyDescriptor(obj, key);
      if (descriptor && (descriptor.get || descriptor.set)) {
        const kind = descriptor.get && descriptor.set ? 'Getter/Setter' : descriptor.get ? 'Getter' : 'Setter';
        return `${label}: [${kind}]`;
      }
      return `${label}: ${formatValue(descriptor?.value, level + 1, ctx)}`;
    },
    ctx,
  );
}

/** One line when it fits, else one item per line, indented two spaces (as Node does). */
function wrap(prefix: string, open: string, close: string, items: string[], ctx: Context, group = false): string {
  if (items.length === 0) return `${prefix}${open}${close}`;
  const oneLine = `${prefix}${open} ${items.join(', ')} ${close}`;
  if (oneLine.length <= ctx.breakLength && !oneLine.includes('\n')) return oneLine;
  const lines = (group && groupShortItems(items, ctx.breakLength)) || items;
  const body = lines.map((item) => `  ${item.replace(/\n/g, '\n  ')}`).join(',\n');
  return `${prefix}${open}\n${body}\n${close}`;
}

/**
 * Packs many short array items several to a line in aligned columns, as Node does, so 100
 * numbers take 10 lines rather than 100. Returns null when the items are not short.
 */
function groupShortItems(items: string[], breakLength: number): string[] | null {
  const more = items[items.length - 1].startsWith('... ') ? items[items.length - 1] : null;
  const cells = more ? items.slice(0, -1) : items;
  const width = Math.max(...cells.map((c) => c.length));
  if (cells.length <= 6 || width > 16 || cells.some((c) => c.includes('\n'))) return null;
  const perLine = Math.max(1, Math.min(16, Math.floor((breakLength - 2) / (width + 2))));
  const numeric = cells.every((c) => /^-?[\d.]/.test(c));
  const lines: string[] = [];
  for (let i = 0; i < cells.length; i += perLine) {
    lines.push(
      cells
        .slice(i, i + perLine)
        .map((c) => (numeric ? c.padStart(width) : c.padEnd(width)))
        .join(', ')
        .trimEnd(),
    );
  }
  return more ? [...lines, more] : lines;
}
