import {
  deeper,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj } from "./runtime/shape.js";

const k0 = set([]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function shape() {
  return obj({});
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_wechat",
  check,
  shape,
});
export { schema as PaymentMethodDetailsWechat };
