import type { Check, SchemaModule, Shape, Test } from "./api.js";
import { changeset } from "./changeset.js";
import { isObject } from "./check.js";
import { resolve } from "./shape.js";
import { strip } from "./strip.js";
import { is, validate, type ModuleParts } from "./validate.js";

export interface Definition {
  name: string;
  check: Check;
  /** The check without issues: `is`, and the first try of `validate`. */
  test: Test;
  shape: () => Shape;
  branch?: string;
}

/** Builds a schema module from its generated check and shape. */
export function defineSchema<T>(definition: Definition): SchemaModule<T> {
  let shape: Shape | undefined;
  const parts: ModuleParts = { stripCopy: (input, lenient) => strip(module.shape, input, lenient), test: definition.test };
  const module: SchemaModule<T> = {
    name: definition.name,
    check: definition.check,
    get shape() {
      return (shape ??= definition.shape());
    },
    ...(definition.branch === undefined ? {} : { branch: definition.branch }),
    validate: (input, options) => validate<T>(module.check, input, options, parts),
    is: (input): input is T => is<T>(definition.test, input),
    changeset: (data, params, options) => changeset<T>(module, data, params, options),
    "~standard": {
      version: 1,
      vendor: "gen-schemas",
      validate: (input) => {
        const result = validate<T>(module.check, input, undefined, parts);
        return result.ok ? { value: result.value } : { issues: result.issues.map((issue) => ({ message: issue.message, path: issue.path })) };
      },
    },
  };
  return module;
}

export { isObject, resolve };
