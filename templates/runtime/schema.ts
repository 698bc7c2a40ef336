import type { Check, Ctx, Issue, RawIssue, Result, SchemaModule, Shape, ValidateOptions } from "./api.js";
import { changeset } from "./changeset.js";
import { context, isObject } from "./check.js";
import { toIssue } from "./issues.js";
import { resolve } from "./shape.js";
import { strip } from "./strip.js";

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
