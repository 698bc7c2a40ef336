import type { Check, SchemaModule, Shape } from "./api.js";
import { changeset } from "./changeset.js";
import { isObject } from "./check.js";
import { resolve } from "./shape.js";
import { strip } from "./strip.js";
import { passes, validate, type StripCopy } from "./validate.js";

export interface Definition {
  name: string;
  check: Check;
  shape: () => Shape;
  branch?: string;
}

/** Builds a schema module from its generated check and shape. */
export function defineSchema<T>(definition: Definition): SchemaModule<T> {
  let shape: Shape | undefined;
  const stripCopy: StripCopy = (input, lenient) => strip(module.shape, input, lenient);
  const module: SchemaModule<T> = {
    name: definition.name,
    check: definition.check,
    get shape() {
      return (shape ??= definition.shape());
    },
    ...(definition.branch === undefined ? {} : { branch: definition.branch }),
    validate: (input, options) => validate<T>(module.check, input, options, stripCopy),
    is: (input): input is T => passes<T>(module.check, input),
    changeset: (data, params, options) => changeset<T>(module, data, params, options),
    "~standard": {
      version: 1,
      vendor: "gen-schemas",
      validate: (input) => {
        const result = validate<T>(module.check, input);
        return result.ok ? { value: result.value } : { issues: result.issues.map((issue) => ({ message: issue.message, path: issue.path })) };
      },
    },
  };
  return module;
}

export { isObject, resolve };
