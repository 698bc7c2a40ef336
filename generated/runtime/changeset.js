/**
 * Ecto-style changesets: cast the permitted params (converting what form-like input
 * allows), keep what differs from the data as `changes`, validate the result, and
 * report errors per field, nested for embedded objects.
 */
import { castScalar } from "./cast.js";
import { branchKey, context, isObject } from "./check.js";
import { toIssue } from "./issues.js";
import { resolve } from "./shape.js";
const DEFAULT_DEPTH = 256;
/** Where errors that belong to no field go: params that are not an object, or could not be read. */
export const BASE = "_params";
export function changeset(schema, data, params, options = {}) {
  try {
    return build(schema, isObject(data) ? data : {}, params, options, 0);
  } catch (error) {
    return failed(
      isObject(data) ? data : {},
      params,
      "exception",
      `could not be read (${String(error)})`,
    );
  }
}
function failed(data, params, validation, message) {
  const errors = {};
  define(errors, BASE, [{ message, validation }]);
  return {
    data: data,
    params: isObject(params) ? params : {},
    changes: {},
    errors,
    warnings: [],
    valid: false,
  };
}
function build(schema, data, params, options, depth) {
  if (!isObject(params)) return failed(data, params, "cast", "is invalid");
  if (depth > (options.maxDepth ?? DEFAULT_DEPTH))
    return failed(data, params, "too_deep", "is nested too deeply");
  const shape = resolve(schema.shape);
  if (shape.k === "union")
    return build(
      pickBranch(shape.of, params) ?? schema,
      data,
      params,
      options,
      depth + 1,
    );
  if (shape.k !== "object") return failed(data, params, "cast", "is invalid");
  const changes = {};
  const errors = {};
  const permitted = options.permit ?? Object.keys(shape.props);
  for (const name of permitted) {
    if (!Object.hasOwn(shape.props, name) || !Object.hasOwn(params, name))
      continue;
    const field = shape.props[name];
    castField(
      field,
      read(params, name),
      read(data, name),
      options,
      depth,
      name,
      changes,
      errors,
    );
  }
  const c = context(
    options.mode === "lenient",
    false,
    options.maxDepth ?? DEFAULT_DEPTH,
  );
  schema.check(merge(data, changes), c);
  const warnings = collect(c, changes, errors);
  if (options.dates === "date") datesIn(shape.props, changes);
  return {
    data: data,
    params,
    changes: changes,
    errors,
    warnings,
    valid: Object.keys(errors).length === 0,
  };
}
/** Casts one field's param into `changes`, or its errors into `errors`. */
function castField(field, raw, current, options, depth, name, changes, errors) {
  const shape = field.s;
  if (raw === null || raw === undefined) {
    if (current !== null) define(changes, name, null);
    return;
  }
  const target = resolve(shape);
  const embed = embedOf(shape, raw);
  if (embed) {
    const nested = build(
      embed,
      isObject(current) ? current : {},
      raw,
      options,
      depth + 1,
    );
    if (!nested.valid) define(errors, name, nested.errors);
    if (
      !nested.valid ||
      Object.keys(nested.changes).length > 0 ||
      !isObject(current)
    )
      define(changes, name, nested);
    return;
  }
  if (target.k === "array" && Array.isArray(raw)) {
    const itemEmbed = raw.every(isObject)
      ? raw.map((item) => embedOf(target.items, item))
      : [];
    if (
      raw.length > 0 &&
      itemEmbed.length === raw.length &&
      itemEmbed.every((e) => e !== undefined)
    ) {
      const nested = raw.map((item, i) =>
        build(itemEmbed[i], {}, item, options, depth + 1),
      );
      if (nested.some((cs) => !cs.valid))
        define(
          errors,
          name,
          nested.map((cs) => cs.errors),
        );
      define(changes, name, nested);
      return;
    }
  }
  const cast = castValue(shape, raw);
  if (!cast.ok) {
    define(errors, name, [
      { message: "is invalid", validation: "cast", type: cast.type },
    ]);
    return;
  }
  if (!same(cast.value, current)) define(changes, name, cast.value);
}
/** The schema to cast an object param with, when the field embeds one (directly or as an expanded ID). */
function embedOf(shape, raw) {
  if (!isObject(raw)) return undefined;
  if (shape.k === "ref")
    return resolve(shape).k === "object" || resolve(shape).k === "union"
      ? shape.to
      : undefined;
  if (shape.k === "union") return pickBranch(shape.of, raw);
  return undefined;
}
/** The member of a union of refs that a payload's `object` (and `deleted`) selects; the only ref when there is one. */
function pickBranch(members, raw) {
  const refs = members
    .filter((member) => member.k === "ref")
    .map((member) => member.to);
  if (refs.length === 1) return refs[0];
  const key = branchKey(raw);
  return (
    refs.find((ref) => ref.branch === key) ??
    refs.find((ref) => ref.branch === key?.replace(/#deleted$/, ""))
  );
}
/** Casts a non-embedded value: scalars, lists and maps of them, anything else as given. */
function castValue(shape, raw) {
  if (raw === null) return { ok: true, value: null };
  const target = resolve(shape);
  switch (target.k) {
    case "array": {
      if (!Array.isArray(raw)) return { ok: false, type: "array" };
      const out = [];
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
      const out = {};
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
        if (
          cast.ok &&
          (typeof raw !== "string" ||
            typeof cast.value === "string" ||
            target.of.every((m) => resolve(m).k !== "string"))
        )
          return cast;
      }
      return {
        ok: false,
        type: target.of.map((member) => resolve(member).k).join(" | "),
      };
    }
    default:
      return castScalar(target, raw);
  }
}
/** Validation issues of the merged data that concern what changed (Ecto validates changes; required looks at both). */
function collect(c, changes, errors) {
  const warnings = [];
  for (const issue of c.issues) {
    if (issue.warning) {
      warnings.push(toIssue(issue));
      continue;
    }
    const field = issue.path[0];
    if (typeof field !== "string") continue;
    const changed = Object.hasOwn(changes, field);
    if (!changed && !(issue.code === "required" && issue.path.length === 1))
      continue;
    const value = changed ? changes[field] : undefined;
    if (
      issue.path.length > 1 &&
      (isChangeset(value) || (Array.isArray(value) && value.some(isChangeset)))
    )
      continue;
    const list = Object.hasOwn(errors, field) ? errors[field] : undefined;
    const error = fieldError(issue);
    if (Array.isArray(list) && !list.some(isErrors)) list.push(error);
    else if (list === undefined) define(errors, field, [error]);
  }
  return warnings;
}
function fieldError(issue) {
  const path = issue.path.length > 1 ? { path: issue.path } : {};
  switch (issue.code) {
    case "required":
      return { message: "can't be blank", validation: "required", ...path };
    case "invalid_enum":
      return {
        message: "is invalid",
        validation: "inclusion",
        enum: issue.expected,
        ...path,
      };
    case "too_long":
      return {
        message: `should be at most ${String(issue.expected)} character(s)`,
        validation: "length",
        kind: "max",
        count: issue.expected,
        type: "string",
        ...path,
      };
    case "pattern":
      return {
        message: "has invalid format",
        validation: "format",
        pattern: issue.expected,
        ...path,
      };
    case "too_deep":
    case "exception":
      return { message: "is invalid", validation: issue.code, ...path };
    default:
      return {
        message: "is invalid",
        validation: "cast",
        type: issue.expected,
        ...path,
      };
  }
}
/** `data` with `changes` applied, nested changesets included. */
export function applyChanges(cs) {
  return merge(cs.data, cs.changes);
}
function merge(data, changes) {
  const out = {};
  for (const key of Object.keys(data)) define(out, key, read(data, key));
  for (const key of Object.keys(changes))
    define(out, key, applied(changes[key]));
  return out;
}
function applied(value) {
  if (isChangeset(value)) return applyChanges(value);
  if (Array.isArray(value) && value.some(isChangeset))
    return value.map(applied);
  return value;
}
/** Ecto's `apply_action`: the applied data when valid, else the changeset with its action set. */
export function applyAction(cs, action) {
  return cs.valid
    ? { ok: true, value: applyChanges(cs) }
    : { ok: false, changeset: { ...cs, action } };
}
/** Ecto's `traverse_errors`: each error mapped by `fn`, nested like the errors. */
export function traverseErrors(cs, fn) {
  return traverse(cs.errors, fn, []);
}
function traverse(errors, fn, path) {
  const out = {};
  for (const key of Object.keys(errors)) {
    const entry = errors[key];
    const here = [...path, key];
    const mapped = isErrors(entry)
      ? traverse(entry, fn, here)
      : entry.map((item, i) =>
          isErrors(item) ? traverse(item, fn, [...here, i]) : fn(item, here),
        );
    define(out, key, mapped);
  }
  return out;
}
function isErrors(value) {
  return isObject(value) && typeof value.message !== "string";
}
function isChangeset(value) {
  return (
    isObject(value) &&
    "changes" in value &&
    "errors" in value &&
    "valid" in value &&
    "params" in value
  );
}
/** Unix-time fields of `changes` as `Date`s, nested changesets included (they converted their own). */
function datesIn(props, changes) {
  for (const key of Object.keys(changes)) {
    const shape = Object.hasOwn(props, key) ? resolve(props[key].s) : undefined;
    const value = changes[key];
    if (
      shape?.k === "integer" &&
      shape.fmt === "unix-time" &&
      typeof value === "number"
    )
      changes[key] = new Date(value * 1000);
  }
}
/** Deep equality of JSON-like values. */
function same(a, b) {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a))
    return (
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => same(item, b[i]))
    );
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key]))
    );
  }
  return false;
}
/** An own data property, whatever the key; accessors are not called. */
function read(source, key) {
  return Object.getOwnPropertyDescriptor(source, key)?.value;
}
/** Sets an own property whatever the key (`__proto__` included), never touching a prototype. */
export function define(target, key, value) {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
