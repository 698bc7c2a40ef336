import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { deserialize, serialize } from "node:v8";
import * as yaml from "js-yaml";

/**
 * Incremental YAML parsing. A spec is cut, by its lines' indentation, into the entries of
 * its block mappings down to `SPLIT_DEPTH` (Stripe's: `components.schemas.<name>`,
 * `paths.<path>`, the other root entries). A cache keeps each entry's parsed value under
 * the hash of its text, so a rerun after an edit parses only the entries whose text changed.
 *
 * The cut is checked against the parser when the cache is filled: a full parse's events
 * must put every key of the cut mappings on the very lines the cut starts entries at, and
 * the document must hold no anchor or alias (the one thing that ties one entry's value to
 * another's text). An entry parsed alone later must be one block mapping entry, without
 * anchors or aliases. Whenever any of this fails, or the cache can't be read, the caller
 * parses the whole text as before: the cache changes how fast a spec is read, never what
 * is read or which error a broken spec gets.
 */

/** Where the pieces are kept between runs (the CLI: a file under node_modules/.cache). */
export interface PieceStore {
  read(): Uint8Array | undefined;
  write(bytes: Uint8Array): void;
}

/** Mapping levels cut into entries below the root: 2 reaches `components.schemas.<name>`. */
const SPLIT_DEPTH = 2;
/** Rewrite the store after a rerun only when this share of the text was parsed again. */
const REWRITE_SHARE = 0.1;
/** Changes whenever what a stored value means changes. */
const FORMAT = `gen-schemas pieces 1; js-yaml ${(createRequire(import.meta.url)("js-yaml/package.json") as { version: string }).version}; v8 ${process.versions.v8}`;

type Value = [key: string, value: unknown];

interface Stored {
  format: string;
  maxDepth: number;
  pieces: Map<string, Value>;
}

interface Leaf {
  kind: "leaf";
  start: number;
  end: number;
  hash: string;
}

interface Branch {
  kind: "branch";
  key: string;
  start: number;
  group: Group;
}

/** The entries of one block mapping, in order. */
interface Group {
  depth: number;
  entries: (Leaf | Branch)[];
}

export interface PieceParse {
  value: unknown;
  /** Bytes of text parsed by js-yaml in this call (all of it on a cold or fallen-back run). */
  parsedBytes: number;
  /** Parsed as one text, not piece by piece (no usable store, or a piece that had to be read in context). */
  whole: boolean;
}

/**
 * Parses `text` with the stored pieces, reading only the entries whose text is new; with
 * no usable pieces, or an entry that can't be read alone, it parses the whole text and
 * refills the store. Undefined when the caller must parse the text itself: a layout the
 * cut can't follow, or a whole parse that fails (the caller's parse then reports the error).
 */
export function parseWithPieces(text: string, maxDepth: number, store: PieceStore): PieceParse | undefined {
  const root = cut(text);
  if (!root) return undefined;
  const stored = readStore(store, maxDepth);
  if (stored) {
    const warm = assembleWarm(text, root, stored.pieces, maxDepth);
    if (warm) {
      if (warm.parsedBytes > text.length * REWRITE_SHARE) writeStore(store, maxDepth, warm.pieces);
      return { value: warm.value, parsedBytes: warm.parsedBytes, whole: false };
    }
  }
  const cold = parseCold(text, root, maxDepth);
  if (!cold) return undefined;
  if (cold.pieces) writeStore(store, maxDepth, cold.pieces);
  return { value: cold.value, parsedBytes: text.length, whole: true };
}

/* ---------------------------------------------------------------- the cut */

/** The block mappings of `text` by indentation, or undefined when its layout isn't plain enough to cut. */
export function cut(text: string): Group | undefined {
  if (text.includes("\r") || text.includes("\t")) return undefined;
  const lines = lineTable(text);
  return cutGroup(text, lines, 0, lines.count, 0, -1, []);
}

interface Lines {
  count: number;
  start: Int32Array;
  /** Column of the first character other than a space, -1 on a blank or comment line. */
  indent: Int32Array;
}

function lineTable(text: string): Lines {
  let count = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < text.length - 1; i = text.indexOf("\n", i + 1)) count++;
  const start = new Int32Array(count + 1);
  const indent = new Int32Array(count);
  let at = 0;
  for (let n = 0; n < count; n++) {
    start[n] = at;
    let column = at;
    while (text.charCodeAt(column) === 32) column++;
    const code = text.charCodeAt(column);
    indent[n] = column >= text.length || code === 10 || code === 35 /* # */ ? -1 : column - at;
    const newline = text.indexOf("\n", at);
    at = newline === -1 ? text.length : newline + 1;
  }
  start[count] = text.length;
  return { count, start, indent };
}

/** A plain key that reads as itself (not null, a boolean or a number) and that a branch may have. */
const BRANCH_HEAD = /^ *([A-Za-z_][\w.-]*):[ ]*$/;
const NOT_ITSELF = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** Characters that can't start an implicit key of a block mapping as the cut understands it. */
const NOT_A_KEY = new Set([..."-?:,[]{}&*!|>%@`"]);

function cutGroup(text: string, lines: Lines, from: number, to: number, depth: number, parentIndent: number, path: string[]): Group | undefined {
  let i = from;
  while (i < to && lines.indent[i] === -1) i++;
  if (i === to) return undefined;
  const column = lines.indent[i]!;
  if (column <= parentIndent || (depth === 0 && column !== 0)) return undefined;
  const entries: (Leaf | Branch)[] = [];
  while (i < to) {
    if (lines.indent[i] !== column || NOT_A_KEY.has(text[lines.start[i]! + column]!)) return undefined;
    if (depth === 0 && /^(?:---|\.\.\.)(?:\s|$)/.test(text.slice(lines.start[i]!, lines.start[i]! + 4))) return undefined;
    let next = i + 1;
    while (next < to && (lines.indent[next] === -1 || lines.indent[next]! > column)) next++;
    const start = lines.start[i]!;
    const end = lines.start[next]!;
    const head = BRANCH_HEAD.exec(text.slice(start, lines.start[i + 1]!).replace(/\n$/, ""));
    const key = head?.[1];
    const group = key !== undefined && depth < SPLIT_DEPTH && !NOT_ITSELF.test(key) ? cutGroup(text, lines, i + 1, next, depth + 1, column, [...path, key]) : undefined;
    entries.push(group ? { kind: "branch", key: key!, start, group } : { kind: "leaf", start, end, hash: pieceHash(path, text.slice(start, end)) });
    i = next;
  }
  return { depth, entries };
}

function pieceHash(path: string[], piece: string): string {
  return createHash("sha256").update(path.join("\0")).update("\u0001").update(piece).digest("base64");
}

/* ---------------------------------------------------------------- a rerun */

function assembleWarm(text: string, root: Group, pieces: Map<string, Value>, maxDepth: number): { value: unknown; parsedBytes: number; pieces: Map<string, Value> } | undefined {
  let parsedBytes = 0;
  const used = new Map<string, Value>();
  const build = (group: Group): Record<string, unknown> | undefined => {
    const object: Record<string, unknown> = {};
    for (const entry of group.entries) {
      let pair: Value | undefined;
      if (entry.kind === "branch") {
        const inner = build(entry.group);
        if (!inner) return undefined;
        pair = [entry.key, inner];
      } else {
        pair = pieces.get(entry.hash);
        if (!pair) {
          pair = parseAlone(text.slice(entry.start, entry.end), maxDepth - group.depth);
          if (!pair) return undefined;
          parsedBytes += entry.end - entry.start;
        }
        used.set(entry.hash, pair);
      }
      const [key, value] = pair;
      if (Object.hasOwn(object, key)) return undefined; // a duplicate key: the whole parse reports it
      object[key] = value;
    }
    return object;
  };
  const value = build(root);
  return value && { value, parsedBytes, pieces: used };
}

/** One entry's text parsed by itself: `[key, value]`, or undefined unless it is exactly one plain entry. */
function parseAlone(piece: string, maxDepth: number): Value | undefined {
  try {
    const events = yaml.parseEvents(piece, { maxDepth });
    const [document, mapping] = events;
    if (document?.type !== yaml.EVENT_ID.DOCUMENT || document.directives.length > 0) return undefined;
    if (mapping?.type !== yaml.EVENT_ID.MAPPING || mapping.style !== yaml.COLLECTION_STYLE.BLOCK) return undefined;
    if (events.some(hasAnchor)) return undefined;
    const documents = yaml.constructFromEvents(events, { source: piece });
    if (documents.length !== 1) return undefined;
    const object = documents[0] as Record<string, unknown>;
    const keys = Object.keys(object);
    if (keys.length !== 1 || keys[0] === "__proto__") return undefined;
    return [keys[0]!, object[keys[0]!]];
  } catch {
    return undefined;
  }
}

function hasAnchor(event: yaml.Event): boolean {
  return event.type === yaml.EVENT_ID.ALIAS || ("anchorStart" in event && event.anchorStart !== -1);
}

/* ---------------------------------------------------------------- a first run */

/**
 * The whole text parsed once; when its events confirm the cut, every leaf's value is kept
 * (`pieces`). Undefined when the whole parse fails or is not one document: the caller's
 * own parse then throws its error.
 */
function parseCold(text: string, root: Group, maxDepth: number): { value: unknown; pieces?: Map<string, Value> } | undefined {
  let events: yaml.Event[];
  let documents: unknown[];
  try {
    events = yaml.parseEvents(text, { maxDepth });
    documents = yaml.constructFromEvents(events, { source: text });
  } catch {
    return undefined;
  }
  if (documents.length !== 1) return undefined;
  const value = documents[0];
  const keyLines = mappingKeyLines(text, events);
  if (!keyLines) return { value };
  const pieces = new Map<string, Value>();
  const collect = (group: Group, object: unknown): boolean => {
    const mapping = keyLines.get(group.entries[0]!.start);
    if (!mapping || mapping.depth !== group.depth || mapping.keyLines.length !== group.entries.length) return false;
    if (!group.entries.every((entry, i) => entry.start === mapping.keyLines[i])) return false;
    if (object === null || typeof object !== "object" || Array.isArray(object)) return false;
    const keys = Object.keys(object);
    // Keys that read as array indices are listed first by JavaScript, out of the text's order.
    if (keys.length !== group.entries.length || keys.some((key) => key === "__proto__" || /^(?:0|[1-9]\d*)$/.test(key))) return false;
    return group.entries.every((entry, i) => {
      const inner = (object as Record<string, unknown>)[keys[i]!];
      if (entry.kind === "leaf") pieces.set(entry.hash, [keys[i]!, inner]);
      // A branch whose own entries can't be placed keeps none of them: a rerun parses them alone.
      else if (entry.key !== keys[i]) return false;
      else collect(entry.group, inner);
      return true;
    });
  };
  return collect(root, value) ? { value, pieces } : { value };
}

interface MappingKeys {
  depth: number;
  /** Start of the line of each key, in order. */
  keyLines: number[];
}

/**
 * The block mappings at most `SPLIT_DEPTH` deep, by the line of their first key (a key that
 * is not a plain scalar counts as on no line). Undefined when the document has an anchor,
 * an alias or a directive.
 */
function mappingKeyLines(text: string, events: yaml.Event[]): Map<number, MappingKeys> | undefined {
  const mappings: MappingKeys[] = [];
  // Per open collection: the record of a mapping the cut may use, and how many children it has seen.
  const stack: { mapping: MappingKeys | undefined; children: number }[] = [];
  for (const event of events) {
    if (event.type === yaml.EVENT_ID.DOCUMENT) {
      if (event.directives.length > 0) return undefined;
      continue;
    }
    if (event.type === yaml.EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (hasAnchor(event)) return undefined;
    const parent = stack.at(-1);
    if (parent) {
      if (parent.mapping && parent.children % 2 === 0) {
        const placed = event.type === yaml.EVENT_ID.SCALAR && event.valueStart >= 0;
        parent.mapping.keyLines.push(placed ? text.lastIndexOf("\n", event.valueStart - 1) + 1 : -1);
      }
      parent.children++;
    }
    if (event.type === yaml.EVENT_ID.MAPPING || event.type === yaml.EVENT_ID.SEQUENCE) {
      const depth = stack.length;
      const cuttable = event.type === yaml.EVENT_ID.MAPPING && event.style === yaml.COLLECTION_STYLE.BLOCK && depth <= SPLIT_DEPTH;
      const mapping = cuttable ? { depth, keyLines: [] } : undefined;
      if (mapping) mappings.push(mapping);
      stack.push({ mapping, children: 0 });
    }
  }
  return new Map(mappings.filter((mapping) => mapping.keyLines.length > 0).map((mapping) => [mapping.keyLines[0]!, mapping]));
}

/* ---------------------------------------------------------------- the store */

function readStore(store: PieceStore, maxDepth: number): Stored | undefined {
  try {
    const bytes = store.read();
    if (!bytes) return undefined;
    const stored = deserialize(bytes) as Stored;
    return stored.format === FORMAT && stored.maxDepth === maxDepth && stored.pieces instanceof Map ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Serialized now, before the IR sees the values; a store that can't be written is no error. */
function writeStore(store: PieceStore, maxDepth: number, pieces: Map<string, Value>): void {
  try {
    store.write(serialize({ format: FORMAT, maxDepth, pieces } satisfies Stored));
  } catch {
    // The next run parses whole again.
  }
}
