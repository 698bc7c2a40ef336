import { GenerationError } from "../errors.js";
import type { TypeName } from "./member-types.js";
import type { IrNode, IrNote } from "./types.js";

/** What building one document shares: the file (for messages), its component schemas, a budget. */
export interface Context {
  file: string;
  schemas: Record<string, unknown>;
  /** Schema nodes still allowed; YAML aliases can make a small file describe a huge tree. */
  budget: number;
  /** Schemas merge.ts may still make (merge.ts's MAX_MERGES at first). */
  merges: number;
  /**
   * OpenAPI 3.1, whose schemas are JSON Schema's: keywords beside `$ref` apply too, and
   * null is a type (`type: ["string", "null"]`, an `anyOf` member `{ type: "null" }`).
   */
  jsonSchema: boolean;
  /**
   * The `oneOf` unions a `{ type: "null" }` member made nullable: null is then valid only
   * if no other member holds it, which build.ts checks once every schema is built.
   */
  nullMembers: { pointer: string; members: IrNode[] }[];
  /**
   * The unions with a `type` beside them (`type: object` and `oneOf` of objects): the
   * validators check the union alone, so build.ts refuses a member that holds values of
   * another type once every schema is built.
   */
  typedUnions: { pointer: string; keyword: string; type: TypeName; nullable: boolean; members: IrNode[] }[];
  /**
   * Where a schema that merge.ts moved into a merged schema is written in the spec: the IR
   * reports its problems and records its pointer there, not under the merged schema.
   */
  origins: WeakMap<object, string>;
  /**
   * Where a keyword of a merged schema comes from: `<merged>/required/1` is
   * `<member>/required/0`. Messages at such a pointer name the place in the spec.
   */
  moved: Map<string, string>;
  /** What the spec says that is valid but likely a mistake, for the summary. */
  notes: IrNote[];
}

/** Raises a GenerationError at `pointer` of the spec. */
export function fail(context: Context, what: string, pointer: string, hint: string): never {
  throw new GenerationError(what, { file: context.file, pointer: written(context, pointer) }, hint);
}

/** Records a note at `pointer` of the spec. */
export function note(context: Context, pointer: string, message: string): void {
  context.notes.push({ pointer: written(context, pointer), message });
}

/** Where the spec writes what `pointer` names: itself, or where a keyword of a merged schema came from. */
function written(context: Context, pointer: string): string {
  for (let end = pointer.length; end > 0; end = pointer.lastIndexOf("/", end - 1)) {
    const from = context.moved.get(pointer.slice(0, end));
    if (from !== undefined) return from + pointer.slice(end);
  }
  return pointer;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `a string`, `an array`, `null`: what a value is, for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return value.length > 40 ? "a string" : `the string ${JSON.stringify(value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value === "number" ? "the number" : "the boolean"} ${String(value)}`;
  return typeof value;
}
