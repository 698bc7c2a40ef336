import { fixtures, generatedDir, schemaModule, type ChangesetLike, type SchemaModuleLike } from "../support/paths.js";
import type { Changeset, ChangesetOptions, FieldError } from "../../templates/runtime/api.js";

/** The spec the changeset tests run on (the other one is covered by the fixture round trip). */
export const VERSION = "2023-09-12";

export type { ChangesetLike, SchemaModuleLike };

/** The generated module of a Stripe schema. */
export function schema(name: string): Promise<SchemaModuleLike> {
  return schemaModule(VERSION, name);
}

/** The runtime helpers, from the generated package's root as users import them. */
export interface Runtime {
  applyChanges(cs: ChangesetLike): Record<string, unknown>;
  applyAction(cs: ChangesetLike, action: string): { ok: true; value: Record<string, unknown> } | { ok: false; changeset: ChangesetLike };
  traverseErrors<R>(cs: ChangesetLike, fn: (error: FieldError, path: (string | number)[]) => R): Record<string, unknown>;
}

export async function runtime(): Promise<Runtime> {
  return (await import(`${generatedDir(VERSION)}/index.js`)) as Runtime;
}

const examples = new Map<string, Record<string, unknown>>();

/** A fresh copy of Stripe's example object of a schema. */
export function example(name: string, version: "2023-09-12" | "2022-04-12" = VERSION): Record<string, unknown> {
  const key = `${version}/${name}`;
  if (!examples.has(key)) for (const [each, value] of Object.entries(fixtures(version))) examples.set(`${version}/${each}`, value as Record<string, unknown>);
  return structuredClone(examples.get(key)!);
}

/** What a table case gives: a schema, the data, the params and the options of one changeset. */
export interface Given {
  schema: string;
  data?: Record<string, unknown>;
  params: unknown;
  options?: ChangesetOptions;
}

/** What it wants; only the keys given are compared. */
export interface Want {
  /** `changes`, nested changesets shown as their own changes (see `shown`). */
  changes?: Record<string, unknown>;
  /** The errors of the fields named here (other fields' errors, such as required ones, are not compared). */
  errors?: Record<string, unknown>;
  /** All the errors, exactly. */
  allErrors?: Record<string, unknown>;
  valid?: boolean;
  /** A subset of `applyChanges(cs)`. */
  applied?: Record<string, unknown>;
  /** Warnings as `[code, pointer]`. */
  warnings?: [string, string][];
}

export async function changesetOf(given: Given): Promise<ChangesetLike> {
  const module = await schema(given.schema);
  return module.changeset(given.data ?? {}, given.params, given.options as Record<string, unknown> | undefined);
}

/** Checks a changeset against a `Want`. */
export async function expectWant(cs: ChangesetLike, want: Want, expect: (value: unknown) => { toEqual(v: unknown): void; toMatchObject(v: object): void }): Promise<void> {
  if (want.changes !== undefined) expect(shown(cs.changes)).toEqual(want.changes);
  if (want.errors !== undefined) expect(pick(cs.errors, Object.keys(want.errors))).toEqual(want.errors);
  if (want.allErrors !== undefined) expect(cs.errors).toEqual(want.allErrors);
  if (want.valid !== undefined) expect(cs.valid).toEqual(want.valid);
  if (want.applied !== undefined) expect((await runtime()).applyChanges(cs)).toMatchObject(want.applied);
  if (want.warnings !== undefined) expect(cs.warnings.map((w) => [w.code, w.pointer])).toEqual(want.warnings);
}

/** `changes` with each nested changeset replaced by its own `changes`, recursively. */
export function shown(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shown);
  if (isChangeset(value)) return shown(value.changes);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shown(item)]));
  }
  return value;
}

export function isChangeset(value: unknown): value is Changeset<unknown> {
  return value !== null && typeof value === "object" && "changes" in value && "errors" in value && "valid" in value && "params" in value;
}

function pick(errors: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => Object.hasOwn(errors, key)).map((key) => [key, errors[key]]));
}

/** The errors Ecto's validations give, by name. */
export const blank = { message: "can't be blank", validation: "required" } as const;
export const invalid = (type: string) => ({ message: "is invalid", validation: "cast", type }) as const;
export const inclusion = (values: readonly unknown[]) => ({ message: "is invalid", validation: "inclusion", enum: values }) as const;
export const tooLong = (count: number) => ({ message: `should be at most ${count} character(s)`, validation: "length", kind: "max", count, type: "string" }) as const;
