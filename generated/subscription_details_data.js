import {
  deeper,
  enter,
  entry,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k1 = /* @__PURE__ */ set(["metadata"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.metadata;
  if (v0 !== undefined && v0 !== null) {
    if (!isObject(v0)) {
      ok = wrongType(c, ["metadata"], "object", v0);
    } else {
      for (const k0 of Object.keys(v0)) {
        const v1 = entry(v0, k0);
        if (typeof v1 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v1);
        } else if (v1.length > 500 && tooLong(v1, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v1);
        }
      }
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.metadata;
  if (v0 !== undefined && v0 !== null) {
    if (!isObject(v0)) return false;
    for (const k2 of Object.keys(v0)) {
      const v1 = entry(v0, k2);
      if (typeof v1 !== "string") return false;
      if (v1.length > 500 && tooLong(v1, 500)) return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ metadata: opt(nul(obj({}, str()))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscription_details_data",
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
  schema as SubscriptionDetailsData,
  validateInput as validateSubscriptionDetailsData,
  isValid as isSubscriptionDetailsData,
  check as checkSubscriptionDetailsData,
  test as testSubscriptionDetailsData,
};
