/**
 * Ecto-style changesets. `cast` keeps the permitted params, converts what form-like input
 * allows and keeps what differs from the data as `changes`, embedded objects as nested
 * changesets (`cast_embed`); then the schema's compiled check runs once over the data
 * with the changes applied, and its issues become errors of the changeset they belong to:
 * for fields that changed, and required fields whether they changed or not.
 */
import type { Changeset, ChangesetOptions, Errors, FieldError, RawIssue, Shape, Shaped } from "./api.js";
import { asList, castValue, define, holdsEmptyString, own, same, typeOf } from "./cast.js";
import { context, DEFAULT_DEPTH, isObject } from "./check.js";
import { toIssue } from "./issues.js";
import { embedsOf, isNullable, isUnixTime, pickEmbed, resolve, sameEmbed, type Embed, type ObjectShape } from "./shape.js";

export { define };

/** Where errors that belong to no field go: params that are not an object, an embedded object as a whole. */
export const BASE = "_params";

/** One changeset run: its options, and the conversions to `Date` to make once validation is done. */
interface Run {
  readonly maxDepth: number;
  readonly lenient: boolean;
  readonly dates: boolean;
  readonly later: (() => void)[];
  /** How many more embeds may be tried for params that no `object` ties to one (see `castAs`). */
  readonly tries: { left: number };
}

/** Tries of embeds per changeset: a union nested in itself would otherwise double the work at every level of the params. */
const TRIES = 1000;

/**
 * Marks the changesets a runtime made (non-enumerable, so it never shows): a param that
 * merely looks like a changeset is still a param, and JSON can't carry a symbol.
 */
const MADE = Symbol.for("gen-schemas.changeset");

function brand<C extends object>(cs: C): C {
  Object.defineProperty(cs, MADE, { value: true });
  return cs;
}

export function changeset<T>(schema: Shaped, data: unknown, params: unknown, options?: ChangesetOptions): Changeset<T> {
  try {
    return run<T>(schema, isObject(data) ? data : {}, params, options ?? {});
  } catch (error) {
    return failed<T>(data, params, { message: "could not be read", validation: "exception", reason: reason(error) });
  }
}

function run<T>(schema: Shaped, data: Record<string, unknown>, params: unknown, options: ChangesetOptions): Changeset<T> {
  const maxDepth = typeof options.maxDepth === "number" && options.maxDepth >= 0 ? options.maxDepth : DEFAULT_DEPTH;
  const r: Run = { maxDepth, lenient: options.mode === "lenient", dates: options.dates === "date", later: [], tries: { left: TRIES } };
  if (!isObject(params)) return failed<T>(data, params, { message: "is invalid", validation: "cast", type: "object" });
  const shape = resolve(schema.shape);
  const permit = Array.isArray(options.permit) ? options.permit : undefined;
  const free = freeForm(shape);
  let cs = shape.k === "object" ? cast(shape, data, params, r, 1, permit) : castAs(embedsOf(shape), params, data, r, 1, permit, true, free)?.nested;
  // A union with an object that declares no property among its members (a map, or an object
  // that allows no key): cast as that, unless it fails where the union also takes any object.
  const bare = cs === undefined ? bareObjectIn(shape) : undefined;
  if (bare !== undefined) {
    const asBare = cast(bare, data, params, r, 1, permit);
    if (!free || castErrors(asBare) === 0) cs = asBare;
  }
  // A schema that takes any object (any value, or a union with such a member): every param is a change, as given.
  if (cs === undefined && free) cs = cast(FREE_FORM, data, params, r, 1, permit);
  if (cs === undefined) return failed<T>(data, params, { message: "is invalid", validation: "cast", type: schema.name });
  validate(schema, cs, r);
  for (const convert of r.later) convert();
  return cs as Changeset<T>;
}

function make(data: Record<string, unknown>, params: Record<string, unknown>): Changeset<unknown> {
  return brand<Changeset<unknown>>({ data, params, changes: {}, errors: {}, warnings: [], valid: true });
}

/** A changeset with one error that belongs to no field; built from anything without throwing. */
function failed<T>(data: unknown, params: unknown, error: FieldError): Changeset<T> {
  const cs = make(safely(() => isObject(data), false) ? (data as Record<string, unknown>) : {}, safely(() => isObject(params), false) ? (params as Record<string, unknown>) : {});
  define(cs.errors, BASE, [error]);
  cs.valid = false;
  return cs as Changeset<T>;
}

// ---- cast ---------------------------------------------------------------------------

/** Ecto's `cast` of an object at `depth` (1 at the top, as the checks count): each permitted field the params have. */
function cast(shape: ObjectShape, data: Record<string, unknown>, params: Record<string, unknown>, r: Run, depth: number, permit?: readonly string[]): Changeset<unknown> {
  const cs = make(data, params);
  if (depth > r.maxDepth) {
    addError(cs.errors, [], { message: "is nested too deeply", validation: "too_deep" });
    return cs;
  }
  for (const name of permit ?? Object.keys(shape.props)) {
    if (typeof name !== "string" || !Object.hasOwn(shape.props, name)) continue;
    castField(cs, name, shape.props[name]!.s, r, depth);
  }
  if (shape.extra) {
    for (const name of safely(() => Object.keys(params), [])) {
      if (!Object.hasOwn(shape.props, name) && (permit === undefined || permit.includes(name))) castField(cs, name, shape.extra, r, depth);
    }
  }
  return cs;
}

/** Casts one field's param into `changes`, or its error into `errors`; a param that can't be read is an error too. */
function castField(cs: Changeset<unknown>, name: string, shape: Shape, r: Run, depth: number): void {
  const changes = cs.changes as Record<string, unknown>;
  try {
    const raw = own(cs.params, name);
    if (raw === undefined) return;
    const current = safely(() => own(cs.data as Record<string, unknown>, name), undefined);
    const cast = castParam(shape, raw, current, r, depth);
    if (!cast.ok) addError(cs.errors, [name], { message: "is invalid", validation: "cast", type: cast.type });
    else if (cast.change) {
      define(changes, name, cast.value);
      if (r.dates && isUnixTime(shape)) r.later.push(() => define(changes, name, toDates(changes[name])));
    }
  } catch (error) {
    addError(cs.errors, [name], { message: "could not be read", validation: "exception", reason: reason(error) });
  }
}

type Casted = { ok: true; value: unknown; change: boolean } | { ok: false; type: string };

function castParam(shape: Shape, raw: unknown, current: unknown, r: Run, depth: number): Casted {
  if (raw === null || (raw === "" && !holdsEmptyString(shape))) {
    // Ecto's nil: null where null is a value, otherwise no value at all.
    const value = isNullable(shape) ? null : undefined;
    return { ok: true, value, change: current !== value };
  }
  const embeds = isObject(raw) ? embedsOf(shape) : [];
  if (embeds.length > 0) return castEmbed(embeds, raw as Record<string, unknown>, current, r, depth, freeForm(shape));
  const target = resolve(shape);
  if (target.k === "array") {
    // A list of IDs alone needs no embed (nor the schemas behind them built); a map of index keys does.
    const list = asList(raw);
    const items = list && (list !== raw || list.some(isObject)) ? embedsOf(target.items) : [];
    if (list && items.length > 0) return castEmbedsMany(target.items, items, list, current, r, depth);
  }
  const cast = castValue(shape, raw);
  if (!cast.ok) return cast;
  return { ok: true, value: cast.value, change: !same(cast.value, current instanceof Date && isUnixTime(shape) ? Math.floor(current.getTime() / 1000) : current) };
}

/**
 * `cast_embed` of one object: a nested changeset over the current object when it is the
 * same embed (an update), else over nothing; where the field also takes any object
 * (`free`) and no embed fits the param, the param as given.
 */
function castEmbed(embeds: readonly Embed[], raw: Record<string, unknown>, current: unknown, r: Run, depth: number, free: boolean): Casted {
  const chosen = castAs(embeds, raw, current, r, depth + 1, undefined, false, free);
  if (chosen === undefined) return free ? { ok: true, value: raw, change: !same(raw, current) } : { ok: false, type: embeds.map((e) => e.name).join(" | ") };
  const { nested, update } = chosen;
  nested.action = update ? "update" : "insert";
  const changed = !update || Object.keys(nested.changes).length > 0 || Object.keys(nested.errors).length > 0;
  return { ok: true, value: nested, change: changed };
}

/**
 * The embed an object param is cast as, and its nested changeset (over the current object
 * when it is the same embed, or always at the top: `top`). `pickEmbed` names the embed where
 * it can: the only one, or the one the param's `object` (else the current object's) names.
 * The members that fix no `object` are tried too, after the named one, and the nearest is
 * kept (`misfits`): one the param fits, dropping the fewest keys, else the one it misses
 * least; the first of equals, as a union's check tries its members in order. Where the
 * union also takes any object (`free`), an embed is kept only if the param fits it.
 * Undefined when none is.
 */
function castAs(
  embeds: readonly Embed[],
  raw: Record<string, unknown>,
  current: unknown,
  r: Run,
  depth: number,
  permit?: readonly string[],
  top = false,
  free = false,
): { nested: Changeset<unknown>; update: boolean } | undefined {
  const named = pickEmbed(embeds, raw, current);
  const untagged = embeds.filter((embed) => embed.branch === undefined && embed !== named);
  const candidates = named ? [named, ...untagged] : untagged;
  let nearest: { nested: Changeset<unknown>; update: boolean } | undefined;
  let fewest = Infinity;
  // Each try casts the param's nested objects, which may try in turn: past the budget, the first is taken.
  const trying = (candidates.length > 1 || free) && r.tries.left > 0;
  if (trying) r.tries.left -= candidates.length;
  for (const embed of candidates) {
    const update = top || sameEmbed(embed, current);
    const nested = cast(embed.shape, update ? (current as Record<string, unknown>) : {}, raw, r, depth, permit);
    if (!trying) return { nested, update };
    const count = misfits(embed, nested, raw, r);
    if (count < fewest) [nearest, fewest] = [{ nested, update }, count];
    if (count === 0) break;
  }
  return free && fewest > 0 ? undefined : nearest;
}

/** Where `misfits` starts for an embed the params don't fit: above any number of keys dropped. */
const UNFIT = 2 ** 32;

/** An object of any keys, each any value. */
const FREE_FORM: ObjectShape = { k: "object", props: {}, extra: { k: "unknown" } };

/** The first object among a union's members that declares no property: a map (`additionalProperties` alone), or an object that allows no key. */
function bareObjectIn(shape: Shape, hops = 0): ObjectShape | undefined {
  const target = resolve(shape);
  if (target.k === "object") return Object.keys(target.props).length === 0 ? target : undefined;
  if (target.k !== "union" || hops >= 64) return undefined;
  for (const member of target.of) {
    const bare = bareObjectIn(member, hops + 1);
    if (bare !== undefined) return bare;
  }
  return undefined;
}

/** Whether the shape takes an object of any keys: any value (a free-form object is one), or a union with such a member. */
function freeForm(shape: Shape, hops = 0): boolean {
  const target = resolve(shape);
  if (target.k === "unknown") return true;
  return target.k === "union" && hops < 64 && target.of.some((member) => freeForm(member, hops + 1));
}

/**
 * How far a param cast as `embed` is from fitting it: the keys its cast drops, the casts
 * that failed, and what the embed's check (an inline object: its required fields and
 * enums) refuses. An embed the params fit, whatever keys it drops, comes before every
 * embed they don't: the value is valid as that member, and its cast keeps it valid.
 */
function misfits(embed: Embed, nested: Changeset<unknown>, raw: Record<string, unknown>, r: Run): number {
  let dropped = 0;
  const props = embed.shape.props;
  if (!embed.shape.extra) for (const key of Object.keys(raw)) if (!Object.hasOwn(props, key)) dropped++;
  let refused = castErrors(nested);
  const value = applyChanges(nested) as Record<string, unknown>;
  if (embed.check) {
    const c = context(r.lenient, false, r.maxDepth);
    try {
      if (!embed.check(value, c)) refused++;
    } catch {
      // A getter of the data that throws: the final validation says so; here, no fit.
      return Number.MAX_SAFE_INTEGER;
    }
    for (const issue of c.issues) if (!issue.warning) refused++;
  } else {
    for (const name of Object.keys(props)) {
      const item = own(value, name);
      if (item === undefined ? props[name]!.r === 1 : !fits(props[name]!.s, item)) refused++;
    }
  }
  return refused === 0 ? dropped : UNFIT + refused + dropped;
}

/** Cast errors in a changeset and the changesets nested in its changes (before validation, the only errors there are). */
function castErrors(cs: Changeset<unknown>): number {
  let count = Object.keys(cs.errors).length;
  for (const change of Object.values(cs.changes as Record<string, unknown>)) {
    if (isChangeset(change)) count += castErrors(change);
    else if (isChangesetList(change)) for (const item of change) if (isChangeset(item)) count += castErrors(item);
  }
  return count;
}

/** Whether a field's value is one its shape allows, as far as an inline object's fields are judged: null, and a closed enum's values. */
function fits(shape: Shape, value: unknown): boolean {
  if (value === null) return isNullable(shape);
  const target = resolve(shape);
  return target.k !== "enum" || target.open === 1 || target.values.includes(value as string);
}

/**
 * `cast_embed` of a list (embeds_many): each object item a nested changeset, updating the
 * current item with the same `id` if there is one, else inserted; other items (IDs of
 * expandable fields) cast as values. The list given replaces the current one.
 */
function castEmbedsMany(itemShape: Shape, embeds: readonly Embed[], list: readonly unknown[], current: unknown, r: Run, depth: number): Casted {
  const byId = new Map<string, Record<string, unknown>>();
  if (Array.isArray(current)) for (const item of current) if (isObject(item) && typeof item.id === "string" && !byId.has(item.id)) byId.set(item.id, item);
  const out: unknown[] = [];
  const free = freeForm(itemShape);
  let invalid = false;
  for (const item of list) {
    if (isObject(item)) {
      const id = own(item, "id");
      const previous = typeof id === "string" ? byId.get(id) : undefined;
      if (previous !== undefined) byId.delete(id as string);
      const cast = castEmbed(embeds, item, previous, r, depth, free);
      if (!cast.ok) return { ok: false, type: `array of ${typeOf(itemShape)}` };
      out.push(cast.value);
      invalid ||= isChangeset(cast.value) && Object.keys(cast.value.errors).length > 0;
    } else {
      const cast = castValue(itemShape, item);
      if (!cast.ok) return { ok: false, type: `array of ${typeOf(itemShape)}` };
      out.push(cast.value);
    }
  }
  return { ok: true, value: out, change: invalid || !same(out.map(applied), current) };
}

// ---- validate -----------------------------------------------------------------------

/** Runs the schema's check over the data with the changes applied and files each issue. */
function validate(schema: Shaped, cs: Changeset<unknown>, r: Run): void {
  const c = context(r.lenient, false, r.maxDepth);
  try {
    schema.check(applyChanges(cs), c);
  } catch (error) {
    c.issues.push({ code: "exception", path: [], received: reason(error) });
  }
  for (const issue of c.issues) file(cs, issue);
  settle(cs);
}

/**
 * Files an issue with the changeset its path leads to, through nested changesets; kept
 * when it is about a field that changed (Ecto validates changes), or a required field.
 */
function file(root: Changeset<unknown>, issue: RawIssue): void {
  const chain: [Changeset<unknown>, number][] = [[root, 0]];
  let cs = root;
  let i = 0;
  for (;;) {
    const field = issue.path[i];
    if (typeof field !== "string" || !Object.hasOwn(cs.changes, field)) break;
    const change = (cs.changes as Record<string, unknown>)[field];
    const index = issue.path[i + 1];
    if (isChangeset(change)) [cs, i] = [change, i + 1];
    else if (isChangesetList(change) && typeof index === "number" && isChangeset(change[index])) [cs, i] = [change[index] as Changeset<unknown>, i + 2];
    else break;
    chain.push([cs, i]);
  }
  const rest = issue.path.slice(i);
  const field = rest[0];
  const relevant = field === undefined || (typeof field === "string" && (Object.hasOwn(cs.changes, field) || (issue.code === "required" && rest.length === 1)));
  if (!relevant) return;
  if (issue.warning) {
    for (const [each, start] of chain) each.warnings.push(toIssue({ ...issue, path: issue.path.slice(start) }));
    return;
  }
  // Ecto's validate_required leaves alone a field that already has an error (a failed cast).
  if (issue.code === "required" && typeof field === "string" && Object.hasOwn(cs.errors, field)) return;
  addError(cs.errors, rest, fieldError(issue, rest));
}

function fieldError(issue: RawIssue, path: (string | number)[]): FieldError {
  const at = path.length > 1 ? { path } : {};
  if (issue.words) return { ...issue.words.fieldError(issue), ...at };
  switch (issue.code) {
    case "required":
      return { message: "can't be blank", validation: "required", ...at };
    case "invalid_enum":
      return { message: "is invalid", validation: "inclusion", enum: issue.expected, ...at };
    case "too_long":
      return { message: `should be at most ${String(issue.expected)} character(s)`, validation: "length", kind: "max", count: issue.expected, type: "string", ...at };
    case "pattern":
      return { message: "has invalid format", validation: "format", pattern: issue.expected, ...at };
    case "too_deep":
      return { message: "is nested too deeply", validation: "too_deep", ...at };
    case "exception":
      return { message: "could not be read", validation: "exception", reason: issue.received, ...at };
    default:
      return { message: "is invalid", validation: "cast", type: issue.expected, ...at };
  }
}

/** Adds an error at `path` (its first segment the field; none: the object as a whole, `_params`). */
function addError(errors: Errors, path: readonly (string | number)[], error: FieldError): void {
  const field = typeof path[0] === "string" ? path[0] : BASE;
  const list = Object.hasOwn(errors, field) ? errors[field] : undefined;
  if (!Array.isArray(list)) define(errors, field, [error]);
  else if (!(list as FieldError[]).some((known) => same(known, error))) (list as FieldError[]).push(error);
}

/**
 * Bottom up: a nested changeset with errors puts them under its field (a list of maps
 * for a list, errors of items that are not changesets under their map's `_params`);
 * a changeset is valid without errors.
 */
function settle(cs: Changeset<unknown>): boolean {
  const changes = cs.changes as Record<string, unknown>;
  for (const field of Object.keys(changes)) {
    const change = changes[field];
    if (isChangeset(change)) {
      if (!settle(change)) define(cs.errors, field, change.errors);
    } else if (isChangesetList(change)) {
      const valid = change.map((item) => !isChangeset(item) || settle(item));
      const listed = Object.hasOwn(cs.errors, field) ? (cs.errors[field] as FieldError[]) : [];
      if (valid.every(Boolean) && listed.length === 0) continue;
      const items: Errors[] = change.map((item) => (isChangeset(item) ? item.errors : {}));
      for (const { path = [], ...error } of listed) {
        const index = path[1];
        if (typeof index === "number" && index < items.length) addError(items[index]!, [], path.length > 2 ? { ...error, path: path.slice(2) } : error);
        else addError(cs.errors, [], { ...error, path });
      }
      define(cs.errors, field, items);
    }
  }
  cs.valid = Object.keys(cs.errors).length === 0;
  return cs.valid;
}

// ---- apply and traverse -------------------------------------------------------------

/** Ecto's `apply_changes`: `data` with `changes` applied, nested changesets included. */
export function applyChanges<T>(cs: Changeset<T>): T {
  const data = cs.data as Record<string, unknown>;
  const changes = cs.changes as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of safely(() => Object.keys(data), [])) define(out, key, safely(() => own(data, key), undefined));
  for (const key of Object.keys(changes)) {
    const value = applied(changes[key]);
    if (value === undefined) delete out[key];
    else define(out, key, value);
  }
  return out as T;
}

function applied(value: unknown): unknown {
  if (isChangeset(value)) return applyChanges(value);
  return isChangesetList(value) ? value.map(applied) : value;
}

/** Ecto's `apply_action`: the applied data when valid, else the changeset with its action set. */
export function applyAction<T>(cs: Changeset<T>, action: string): { ok: true; value: T } | { ok: false; changeset: Changeset<T> } {
  if (cs.valid) return { ok: true, value: applyChanges(cs) };
  return { ok: false, changeset: brand({ ...cs, action }) };
}

/** Ecto's `traverse_errors`: each error mapped by `fn` (with its path of fields and indexes), nested like the errors. */
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

// ---- helpers ------------------------------------------------------------------------

function isErrors(value: unknown): value is Errors {
  return isObject(value) && typeof value.message !== "string";
}

function isChangeset(value: unknown): value is Changeset<unknown> {
  return typeof value === "object" && value !== null && safely(() => Object.hasOwn(value, MADE), false);
}

/** A list that `castEmbedsMany` made (only those hold changesets); false for anything else, proxies included. */
function isChangesetList(value: unknown): value is unknown[] {
  return safely(() => Array.isArray(value) && value.some(isChangeset), false);
}

/** `format: unix-time` seconds (or a list of them) as `Date`s. */
function toDates(value: unknown): unknown {
  if (typeof value === "number") return new Date(value * 1000);
  return Array.isArray(value) ? value.map(toDates) : value;
}

function safely<V>(read: () => V, fallback: V): V {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** What an exception says, read without trusting it. */
function reason(error: unknown): string {
  return safely(() => (error instanceof Error ? error.message : String(error)), "unknown error");
}
