import { changeset } from "./changeset.js";
import { context, isObject } from "./check.js";
import { resolve } from "./shape.js";
import { strip } from "./strip.js";
import { checked, DEFAULT_DEPTH, is } from "./validate.js";
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
    is: (input) => is(module.check, input),
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
function validate(module, input, options) {
  const { mode, unknownKeys, maxDepth = DEFAULT_DEPTH } = options ?? {};
  const c = context(mode === "lenient", unknownKeys === "reject", maxDepth);
  return checked(
    module.check,
    input,
    c,
    unknownKeys === "strip"
      ? (done) => strip(module.shape, input, done.lenient)
      : undefined,
  );
}
export { isObject, resolve };
