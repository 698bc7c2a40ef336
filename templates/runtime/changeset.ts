/**
 * Ecto-style changesets: cast the permitted params (converting what form-like input
 * allows), keep what differs from the data as `changes`, validate the result, and
 * report errors per field, nested for embedded objects.
 */
import { castScalar } from "./cast.js";
import { branchKey, context, isObject, type Ctx } from "./check.js";
import { toIssue, type Issue, type RawIssue } from "./issues.js";
import { resolve, type Field, type Shape, type Shaped } from "./shape.js";

/** One error of a field, as Ecto keeps them: a message and what validation said it. */
export interface FieldError {
  message: string;
  validation: "required" | "cast" | "inclusion" | "length" | "format" | "too_deep" | "exception";
  /** Where below the field the problem is, for lists and maps of scalars: `["tags", 2]`. */
  path?: (string | number)[];
  [key: string]: unknown;
}

/** Errors per field: a list, or nested errors of an embedded object, or one map per item of an embedded list. */
export interface Errors {
  [field: string]: FieldError[] | Errors | Errors[];
}

export interface Changeset<T> {
  /** The data the changeset started from. */
  data: Partial<T>;
  /** The params as given. */
  params: Record<string, unknown>;
  /** Cast values that differ from `data`; embedded objects hold nested changesets. */
  changes: { [K in keyof T]?: unknown };
  errors: Errors;
  /** Lenient mode's warnings (missing required fields, unknown enum values). */
  warnings: Issue[];
  valid: boolean;
  action?: string;
}

export interface ChangesetOptions {
  /** Cast only these fields (Ecto's `permitted`); default every property of the schema. */
  permit?: readonly string[];
  /** `"lenient"`: missing required fields and unknown enum values become warnings. */
  mode?: "strict" | "lenient";
  /** `"date"`: `format: unix-time` fields come out as `Date` in `changes`; default seconds. */
  dates?: "unix" | "date";
  maxDepth?: number;
}

const DEFAULT_DEPTH = 256;
/** Where errors that belong to no field go: params that are not an object, or could not be read. */
export const BASE = "_params";

export function changeset<T>(schema: Shaped, data: unknown, params: unknown, options: ChangesetOptions = {}): Changeset<T> {
  try {
    return build<T>(schema, isObject(data) ? data : {}, params, options, 0);
  } catch (error) {
    return failed<T>(isObject(data) ? data : {}, params, "exception", `could not be read (${String(error)})`);
  }
}

function failed<T>(data: Record<string, unknown>, params: unknown, validation: FieldError["validation"], message: string): Changeset<T> {
  const errors: Errors = {};
  define(errors, BASE, [{ message, validation }]);
  return { data: data as Partial<T>, params: isObject(params) ? params : {}, changes: {}, errors, warnings: [], valid: false };
}

function build<T>(schema: Shaped, data: Record<string, unknown>, params: unknown, options: ChangesetOptions, depth: number): Changeset<T> {
  if (!isObject(params)) return failed<T>(data, params, "cast", "is invalid");
  if (depth > (options.maxDepth ?? DEFAULT_DEPTH)) return failed<T>(data, params, "too_deep", "is nested too deeply");
  const shape = resolve(schema.shape);
  if (shape.k === "union") return build<T>(pickBranch(shape.of, params) ?? schema, data, params, options, depth + 1);
  if (shape.k !== "object") return failed<T>(data, params, "cast", "is invalid");

  const changes: Record<string, unknown> = {};
  const errors: Errors = {};
  const permitted = options.permit ?? Object.keys(shape.props);
  for (const name of permitted) {
    if (!Object.hasOwn(shape.props, name) || !Object.hasOwn(params, name)) continue;
    const field = shape.props[name]!;
    castField(field, read(params, name), read(data, name), options, depth, name, changes, errors);
  }

  const c = context(options.mode === "lenient", false, options.maxDepth ?? DEFAULT_DEPTH);
  schema.check(merge(data, changes), c);
  const warnings = collect(c, changes, errors);
  if (options.dates === "date") datesIn(shape.props, changes);
  return { data: data as Partial<T>, params, changes: changes as Changeset<T>["changes"], errors, warnings, valid: Object.keys(errors).length === 0 };
}

/** Casts one field's param into `changes`, or its errors into `errors`. */
function castField(field: Field, raw: unknown, current: unknown, options: ChangesetOptions, depth: number, name: string, changes: Record<string, unknown>, errors: Errors): void {
  const shape = field.s;
  if (raw === null || raw === undefined) {
    if (current !== null) define(changes, name, null);
    return;
  }
  const target = resolve(shape);
  const embed = embedOf(shape, raw);
  if (embed) {
    const nested = build<unknown>(embed, isObject(current) ? current : {}, raw, options, depth + 1);
    if (!nested.valid) define(errors, name, nested.errors);
    if (!nested.valid || Object.keys(nested.changes).length > 0 || !isObject(current)) define(changes, name, nested);
    return;
  }
  if (target.k === "array" && Array.isArray(raw)) {
    const itemEmbed = raw.every(isObject) ? raw.map((item) => embedOf(target.items, item)) : [];
    if (raw.length > 0 && itemEmbed.length === raw.length && itemEmbed.every((e) => e !== undefined)) {
      const nested = raw.map((item, i) => build<unknown>(itemEmbed[i]!, {}, item, options, depth + 1));
      if (nested.some((cs) => !cs.valid)) define(errors, name, nested.map((cs) => cs.errors));
      define(changes, name, nested);
      return;
    }
  }
  const cast = castValue(shape, raw);
  if (!cast.ok) {
    define(errors, name, [{ message: "is invalid", validation: "cast", type: cast.type }]);
    return;
  }
  if (!same(cast.value, current)) define(changes, name, cast.value);
}

/** The schema to cast an object param with, when the field embeds one (directly or as an expanded ID). */
function embedOf(shape: Shape, raw: unknown): Shaped | undefined {
  if (!isObject(raw)) return undefined;
  if (shape.k === "ref") return resolve(shape).k === "object" || resolve(shape).k === "union" ? shape.to : undefined;
  if (shape.k === "union") return pickBranch(shape.of, raw);
  return undefined;
}

/** The member of a union of refs that a payload's `object` (and `deleted`) selects; the only ref when there is one. */
function pickBranch(members: readonly Shape[], raw: Record<string, unknown>): Shaped | undefined {
  const refs = members.filter((member): member is Extract<Shape, { k: "ref" }> => member.k === "ref").map((member) => member.to);
  if (refs.length === 1) return refs[0];
  const key = branchKey(raw);
  return refs.find((ref) => ref.branch === key) ?? refs.find((ref) => ref.branch === key?.replace(/#deleted$/, ""));
}

type Casted = { ok: true; value: unknown } | { ok: false; type: string };

/** Casts a non-embedded value: scalars, lists and maps of them, anything else as given. */
function castValue(shape: Shape, raw: unknown): Casted {
  if (raw === null) return { ok: true, value: null };
  const target = resolve(shape);
  switch (target.k) {
    case "array": {
      if (!Array.isArray(raw)) return { ok: false, type: "array" };
      const out: unknown[] = [];
      for (const item of raw) {
        const cast = castValue(target.items, item);
        if (!cast.ok) return { ok: false, type: `array of ${cast.type}` };
        out.push(cast.value);
      }
      return { ok: true, value: out };
    }
    case "object": {
      if (!isObject(raw)) return { ok: false, type: "object" };
      if (!target.extra) return { ok: true, value: raw };
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(raw)) {
        const cast = castValue(target.extra, read(raw, key));
        if (!cast.ok) return { ok: false, type: `map of ${cast.type}` };
        define(out, key, cast.value);
      }
      return { ok: true, value: out };
    }
    case "union": {
      for (const member of target.of) {
        const cast = castValue(member, raw);
        if (cast.ok && (typeof raw !== "string" || typeof cast.value === "string" || target.of.every((m) => resolve(m).k !== "string"))) return cast;
      }
      return { ok: false, type: target.of.map((member) => resolve(member).k).join(" | ") };
    }
    default:
      return castScalar(target, raw);
  }
}

/** Validation issues of the merged data that concern what changed (Ecto validates changes; required looks at both). */
function collect(c: Ctx, changes: Record<string, unknown>, errors: Errors): Issue[] {
  const warnings: Issue[] = [];
  for (const issue of c.issues) {
    if (issue.warning) {
      warnings.push(toIssue(issue));
      continue;
    }
    const field = issue.path[0];
    if (typeof field !== "string") continue;
    const changed = Object.hasOwn(changes, field);
    if (!changed && !(issue.code === "required" && issue.path.length === 1)) continue;
    const value = changed ? changes[field] : undefined;
    if (issue.path.length > 1 && (isChangeset(value) || (Array.isArray(value) && value.some(isChangeset)))) continue;
    const list = Object.hasOwn(errors, field) ? errors[field] : undefined;
    const error = fieldError(issue);
    if (Array.isArray(list) && !list.some(isErrors)) (list as FieldError[]).push(error);
    else if (list === undefined) define(errors, field, [error]);
  }
  return warnings;
}

function fieldError(issue: RawIssue): FieldError {
  const path = issue.path.length > 1 ? { path: issue.path } : {};
  switch (issue.code) {
    case "required":
      return { message: "can't be blank", validation: "required", ...path };
    case "invalid_enum":
      return { message: "is invalid", validation: "inclusion", enum: issue.expected, ...path };
    case "too_long":
      return { message: `should be at most ${String(issue.expected)} character(s)`, validation: "length", kind: "max", count: issue.expected, type: "string", ...path };
    case "pattern":
      return { message: "has invalid format", validation: "format", pattern: issue.expected, ...path };
    case "too_deep":
    case "exception":
      return { message: "is invalid", validation: issue.code, ...path };
    default:
      return { message: "is invalid", validation: "cast", type: issue.expected, ...path };
  }
}

/** `data` with `changes` applied, nested changesets included. */
export function applyChanges<T>(cs: Changeset<T>): T {
  return merge(cs.data as Record<string, unknown>, cs.changes as Record<string, unknown>) as T;
}

function merge(data: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(data)) define(out, key, read(data, key));
  for (const key of Object.keys(changes)) define(out, key, applied(changes[key]));
  return out;
}

function applied(value: unknown): unknown {
  if (isChangeset(value)) return applyChanges(value);
  if (Array.isArray(value) && value.some(isChangeset)) return value.map(applied);
  return value;
}

/** Ecto's `apply_action`: the applied data when valid, else the changeset with its action set. */
export function applyAction<T>(cs: Changeset<T>, action: string): { ok: true; value: T } | { ok: false; changeset: Changeset<T> } {
  return cs.valid ? { ok: true, value: applyChanges(cs) } : { ok: false, changeset: { ...cs, action } };
}

/** Ecto's `traverse_errors`: each error mapped by `fn`, nested like the errors. */
export function traverseErrors<T, R>(cs: Changeset<T>, fn: (error: FieldError, path: (string | number)[]) => R): Record<string, unknown> {
  return traverse(cs.errors, fn, []);
}

function traverse<R>(errors: Errors, fn: (error: FieldError, path: (string | number)[]) => R, path: (string | number)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(errors)) {
    const entry = errors[key]!;
    const here = [...path, key];
    const mapped = isErrors(entry)
      ? traverse(entry, fn, here)
      : (entry as (FieldError | Errors)[]).map((item, i) => (isErrors(item) ? traverse(item, fn, [...here, i]) : fn(item, here)));
    define(out, key, mapped);
  }
  return out;
}

function isErrors(value: unknown): value is Errors {
  return isObject(value) && typeof value.message !== "string";
}

function isChangeset(value: unknown): value is Changeset<unknown> {
  return isObject(value) && "changes" in value && "errors" in value && "valid" in value && "params" in value;
}

/** Unix-time fields of `changes` as `Date`s, nested changesets included (they converted their own). */
function datesIn(props: Readonly<Record<string, Field>>, changes: Record<string, unknown>): void {
  for (const key of Object.keys(changes)) {
    const shape = Object.hasOwn(props, key) ? resolve(props[key]!.s) : undefined;
    const value = changes[key];
    if (shape?.k === "integer" && shape.fmt === "unix-time" && typeof value === "number") changes[key] = new Date(value * 1000);
  }
}

/** Deep equality of JSON-like values. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key]));
  }
  return false;
}

/** An own data property, whatever the key; accessors are not called. */
function read(source: Record<string, unknown>, key: string): unknown {
  return Object.getOwnPropertyDescriptor(source, key)?.value;
}

/** Sets an own property whatever the key (`__proto__` included), never touching a prototype. */
export function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
