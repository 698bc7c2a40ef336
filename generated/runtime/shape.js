/** The shape behind a ref, followed until it is not a ref. */
export function resolve(shape) {
  let current = shape;
  for (let hops = 0; current.k === "ref" && hops < 64; hops++)
    current = current.to.shape;
  return current;
}
// Builders the generated `shape()` functions call: short, so generated lines stay short.
export const str = (fmt) =>
  fmt === undefined ? { k: "string" } : { k: "string", fmt };
export const int = (fmt) =>
  fmt === undefined ? { k: "integer" } : { k: "integer", fmt };
export const num = () => ({ k: "number" });
export const bool = () => ({ k: "boolean" });
export const any = () => ({ k: "unknown" });
export const oneOf = (values, open) =>
  open
    ? { k: "enum", values: [...values], open: 1 }
    : { k: "enum", values: [...values] };
export const list = (items) => ({ k: "array", items });
export const obj = (props, extra) =>
  extra === undefined ? { k: "object", props } : { k: "object", props, extra };
export const ref = (to) => ({ k: "ref", to });
export const union = (...of) => ({ k: "union", of });
export const nul = (shape) => ({ ...shape, n: 1 });
export const req = (s) => ({ r: 1, s });
export const opt = (s) => ({ s });
