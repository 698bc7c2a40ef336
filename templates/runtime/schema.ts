import type { Check, Result, SchemaModule, Shape, ValidateOptions } from "./api.js";
import { changeset } from "./changeset.js";
import { context, isObject } from "./check.js";
import { resolve } from "./shape.js";
import { strip } from "./strip.js";
import { checked, DEFAULT_DEPTH, is } from "./validate.js";

export interface Definition {
  name: string;
  check: Check;
  shape: () => Shape;
  branch?: string;
}

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
    is: (input): input is T => is<T>(module.check, input),
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
  return checked<T>(module.check, input, c, unknownKeys === "strip" ? (done) => strip(module.shape, input, done.lenient) : undefined);
}

export { isObject, resolve };
