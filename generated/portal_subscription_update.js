import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, list, nul, obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PortalSubscriptionUpdateProduct,
  checkPortalSubscriptionUpdateProduct,
  testPortalSubscriptionUpdateProduct,
} from "./portal_subscription_update_product.js";

const e0 = /* @__PURE__ */ set(["price", "promotion_code", "quantity"]);
const e1 = /* @__PURE__ */ set(["always_invoice", "create_prorations", "none"]);
const k0 = /* @__PURE__ */ set([
  "default_allowed_updates",
  "enabled",
  "products",
  "proration_behavior",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.default_allowed_updates;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["default_allowed_updates"], v0, ok);
  } else {
    if (!isArray(v0)) {
      ok = wrongType(c, ["default_allowed_updates"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (!e0.has(v1)) {
          ok = notInEnum(c, ["default_allowed_updates", i0], e0, v1, ok);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.enabled;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["enabled"], v2, ok);
  } else {
    if (typeof v2 !== "boolean") {
      ok = wrongType(c, ["enabled"], "boolean", v2);
    }
  }
  const v3 = v.products;
  if (v3 !== undefined && v3 !== null) {
    if (!isArray(v3)) {
      ok = wrongType(c, ["products"], "array", v3);
    } else {
      for (let i1 = 0; i1 < v3.length; i1++) {
        const v4 = v3[i1];
        ok = into(
          c,
          checkPortalSubscriptionUpdateProduct,
          v4,
          ok,
          "products",
          i1,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v5 = v.proration_behavior;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["proration_behavior"], v5, ok);
  } else {
    if (!e1.has(v5)) {
      ok = notInEnum(c, ["proration_behavior"], e1, v5, ok);
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
  const v0 = v.default_allowed_updates;
  if (!isArray(v0)) return false;
  for (let i0 = 0; i0 < v0.length; i0++) {
    const v1 = v0[i0];
    if (!e0.has(v1)) return false;
  }
  const v2 = v.enabled;
  if (typeof v2 !== "boolean") return false;
  const v3 = v.products;
  if (v3 !== undefined && v3 !== null) {
    if (!isArray(v3)) return false;
    for (let i1 = 0; i1 < v3.length; i1++) {
      const v4 = v3[i1];
      if (!testPortalSubscriptionUpdateProduct(v4, c)) return false;
    }
  }
  const v5 = v.proration_behavior;
  if (!e1.has(v5)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    default_allowed_updates: req(list(oneOf(e0))),
    enabled: req(bool()),
    products: opt(nul(list(ref(PortalSubscriptionUpdateProduct)))),
    proration_behavior: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "portal_subscription_update",
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
  schema as PortalSubscriptionUpdate,
  validateInput as validatePortalSubscriptionUpdate,
  isValid as isPortalSubscriptionUpdate,
  check as checkPortalSubscriptionUpdate,
  test as testPortalSubscriptionUpdate,
};
