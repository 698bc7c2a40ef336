import { changeset } from "./changeset.js";
import { context, isObject } from "./check.js";
import { toIssue } from "./issues.js";
import { resolve } from "./shape.js";
import { strip } from "./strip.js";
const DEFAULT_DEPTH = 256;
/** Builds a schema module from its generated check and shape. */
export function defineSchema(definition) {
  let shape;
  const module = {
    name: definition.name,
    check: definition.check,
    get shape() {
      return (shape ??= definition.shape());
    },
    ...(definition.branch === undefined ? {} : { branch: definition.branch }),
    validate: (input, options) => validate(module, input, options),
    is: (input) =>
      run(module.check, input, context(false, false, DEFAULT_DEPTH)),
    changeset: (data, params, options) =>
      changeset(module, data, params, options),
    "~standard": {
      version: 1,
      vendor: "gen-schemas",
      validate: (input) => {
        const result = validate(module, input);
        return result.ok
          ? { value: result.value }
          : {
              issues: result.issues.map((issue) => ({
                message: issue.message,
                path: issue.path,
              })),
            };
      },
    },
  };
  return module;
}
function validate(module, input, options = {}) {
  const c = context(
    options.mode === "lenient",
    options.unknownKeys === "reject",
    options.maxDepth ?? DEFAULT_DEPTH,
  );
  if (!run(module.check, input, c))
    return {
      ok: false,
      issues: c.issues.filter((issue) => !issue.warning).map(toIssue),
    };
  const value =
    options.unknownKeys === "strip" ? strip(module.shape, input) : input;
  return c.issues.length > 0
    ? { ok: true, value, warnings: c.issues.map(toIssue) }
    : { ok: true, value };
}
/** Runs a check so that nothing escapes: a throwing getter or proxy, or an exhausted stack, becomes an issue. */
function run(check, input, c) {
  try {
    return check(input, c);
  } catch (error) {
    let reason;
    try {
      reason = error instanceof Error ? error.message : String(error);
    } catch {
      reason = "unknown error";
    }
    c.issues.push({ code: "exception", path: [], received: reason });
    return false;
  }
}
export { isObject, resolve };
