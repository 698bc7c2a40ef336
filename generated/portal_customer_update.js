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
import { bool, list, obj, oneOf, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "address",
  "email",
  "name",
  "phone",
  "shipping",
  "tax_id",
]);
const k0 = /* @__PURE__ */ set(["allowed_updates", "enabled"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.allowed_updates;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["allowed_updates"], v0, ok);
  } else {
    if (!isArray(v0)) {
      ok = wrongType(c, ["allowed_updates"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (!e0.has(v1)) {
          ok = notInEnum(c, ["allowed_updates", i0], e0, v1, ok);
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
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.allowed_updates;
  if (!isArray(v0)) return false;
  for (let i0 = 0; i0 < v0.length; i0++) {
    const v1 = v0[i0];
    if (!e0.has(v1)) return false;
  }
  const v2 = v.enabled;
  if (typeof v2 !== "boolean") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ allowed_updates: req(list(oneOf(e0))), enabled: req(bool()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "portal_customer_update",
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
  schema as PortalCustomerUpdate,
  validateInput as validatePortalCustomerUpdate,
  isValid as isPortalCustomerUpdate,
  check as checkPortalCustomerUpdate,
  test as testPortalCustomerUpdate,
};
