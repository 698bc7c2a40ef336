import { changeset, type Changeset, type ChangesetOptions } from "./changeset.js";
import { context, isObject, type Check, type Ctx } from "./check.js";
import { toIssue, type Issue, type RawIssue } from "./issues.js";
import { resolve, type Shape, type Shaped } from "./shape.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { strip } from "./strip.js";

export type Result<T> = { ok: true; value: T; warnings?: Issue[] } | { ok: false; issues: Issue[] };

export interface ValidateOptions {
  /** `"lenient"`: missing required fields and unknown enum values become `warnings`, so data of another API version loads. */
  mode?: "strict" | "lenient";
  /** Keys the schema does not declare: kept (default, Stripe adds fields), stripped from a copy, or rejected. */
  unknownKeys?: "passthrough" | "strip" | "reject";
  /** Deepest object nesting accepted (default 256); deeper input, cycles included, is an issue. */
  maxDepth?: number;
}

/** What every generated schema module exports as its value. */
export interface SchemaModule<T> extends Shaped {
  /** Checks `input` against the schema without converting anything; never throws. */
  validate(input: unknown, options?: ValidateOptions): Result<T>;
  /** A type guard with the same rules as `validate`. */
  is(input: unknown): input is T;
  /** Casts `params` onto `data` Ecto-style: permitted fields, conversions, changes, errors per field. */
  changeset(data: Partial<T> | undefined, params: unknown, options?: ChangesetOptions): Changeset<T>;
  readonly "~standard": StandardSchemaV1.Props<T, T>;
}

export interface Definition {
  name: string;
  check: Check;
  shape: () => Shape;
  branch?: string;
}

const DEFAULT_DEPTH = 256;

/** Builds a schema module from its generated check and shape. */
export function defineSchema<T>(definition: Definition): SchemaModule<T> {
  let shape: Shape | undefined;
  const module: SchemaModule<T> = {
    name: definition.name,
    check: definition.check,
    get shape() {
      return (shape ??= definition.shape());
    },
    ...(definition.branch === undefined ? {} : { branch: definition.branch }),
    validate: (input, options) => validate<T>(module, input, options),
    is: (input): input is T => run(module.check, input, context(false, false, DEFAULT_DEPTH)),
    changeset: (data, params, options) => changeset<T>(module, data, params, options),
    "~standard": {
      version: 1,
      vendor: "gen-schemas",
      validate: (input) => {
        const result = validate<T>(module, input);
        return result.ok ? { value: result.value } : { issues: result.issues.map((issue) => ({ message: issue.message, path: issue.path })) };
      },
    },
  };
  return module;
}

function validate<T>(module: SchemaModule<T>, input: unknown, options?: ValidateOptions | null): Result<T> {
  const { mode, unknownKeys, maxDepth = DEFAULT_DEPTH } = options ?? {};
  const c = context(mode === "lenient", unknownKeys === "reject", maxDepth);
  if (!run(module.check, input, c)) return failure(c);
  let value = input;
  if (unknownKeys === "strip") {
    try {
      value = strip(module.shape, input, c.lenient);
    } catch (error) {
      // A getter that throws only the second time it is read, or a stack exhausted by copying.
      c.issues.push(exception(error));
      return failure(c);
    }
  }
  return c.issues.length > 0 ? { ok: true, value: value as T, warnings: c.issues.map(toIssue) } : { ok: true, value: value as T };
}

function failure(c: Ctx): { ok: false; issues: Issue[] } {
  return { ok: false, issues: c.issues.filter((issue) => !issue.warning).map(toIssue) };
}

/** Runs a check so that nothing escapes: a throwing getter or proxy, or an exhausted stack, becomes an issue. */
function run(check: Check, input: unknown, c: Ctx): boolean {
  try {
    return check(input, c);
  } catch (error) {
    c.issues.push(exception(error));
    return false;
  }
}

function exception(error: unknown): RawIssue {
  let reason: string;
  try {
    reason = String(error instanceof Error ? error.message : error);
  } catch {
    reason = "unknown error";
  }
  return { code: "exception", path: [], received: reason };
}

export { isObject, resolve };
