import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, obj, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["prices", "product"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.prices;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["prices"], v0, ok);
  } else {
    if (!isArray(v0)) {
      ok = wrongType(c, ["prices"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (typeof v1 !== "string") {
          ok = wrongType(c, ["prices", i0], "string", v1);
        } else if (v1.length > 5000 && tooLong(v1, 5000)) {
          ok = longFail(c, ["prices", i0], 5000, v1);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.product;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["product"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["product"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["product"], 5000, v2);
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
  const v0 = v.prices;
  if (!isArray(v0)) return false;
  for (let i0 = 0; i0 < v0.length; i0++) {
    const v1 = v0[i0];
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.product;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ prices: req(list(str())), product: req(str()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "portal_subscription_update_product",
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
  schema as PortalSubscriptionUpdateProduct,
  validateInput as validatePortalSubscriptionUpdateProduct,
  isValid as isPortalSubscriptionUpdateProduct,
  check as checkPortalSubscriptionUpdateProduct,
  test as testPortalSubscriptionUpdateProduct,
};
