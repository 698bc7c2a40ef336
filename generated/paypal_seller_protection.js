import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, oneOf, opt, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "eligible",
  "not_eligible",
  "partially_eligible",
]);
const k0 = /* @__PURE__ */ set(["dispute_categories", "status"]);
const e1 = /* @__PURE__ */ set(["fraudulent", "product_not_received"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.dispute_categories;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["dispute_categories"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (typeof v1 !== "string") {
          ok = wrongType(c, ["dispute_categories", i0], "string", v1);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.status;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["status"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["status"], e0, v2, ok);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.dispute_categories;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (typeof v1 !== "string") return false;
    }
  }
  const v2 = v.status;
  if (!e0.has(v2)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    dispute_categories: opt(nul(list(oneOf(e1, true)))),
    status: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "paypal_seller_protection",
  check,
  test,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(test, input);
}

export {
  schema as PaypalSellerProtection,
  validateInput as validatePaypalSellerProtection,
  isValid as isPaypalSellerProtection,
  check as checkPaypalSellerProtection,
  test as testPaypalSellerProtection,
};
