import { changeset } from "./changeset.js";
import { isObject } from "./check.js";
import { resolve } from "./shape.js";
import { strip } from "./strip.js";
import { is, validate } from "./validate.js";
/** Builds a schema module from its generated check and shape. */
export function defineSchema(definition) {
  let shape;
  const parts = {
    stripCopy: (input, lenient) => strip(module.shape, input, lenient),
    test: definition.test,
  };
  const module = {
    name: definition.name,
    check: definition.check,
    get shape() {
      return (shape ??= definition.shape());
    },
    ...(definition.branch === undefined ? {} : { branch: definition.branch }),
    validate: (input, options) => validate(module.check, input, options, parts),
    is: (input) => is(definition.test, input),
    changeset: (data, params, options) =>
      changeset(module, data, params, options),
    "~standard": {
      version: 1,
      vendor: "gen-schemas",
      validate: (input) => {
        const result = validate(module.check, input, undefined, parts);
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
export { isObject, resolve };
