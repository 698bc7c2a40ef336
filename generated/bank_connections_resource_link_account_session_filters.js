import {
  deeper,
  enter,
  full,
  isArray,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["countries"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.countries;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) {
      ok = wrongType(c, ["countries"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (typeof v1 !== "string") {
          ok = wrongType(c, ["countries", i0], "string", v1);
        } else if (v1.length > 5000 && tooLong(v1, 5000)) {
          ok = longFail(c, ["countries", i0], 5000, v1);
        }
        if (!ok && full(c)) break;
      }
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
  const v0 = v.countries;
  if (v0 !== undefined && v0 !== null) {
    if (!isArray(v0)) return false;
    for (let i0 = 0; i0 < v0.length; i0++) {
      const v1 = v0[i0];
      if (typeof v1 !== "string") return false;
      if (v1.length > 5000 && tooLong(v1, 5000)) return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ countries: opt(nul(list(str()))) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "bank_connections_resource_link_account_session_filters",
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
  schema as BankConnectionsResourceLinkAccountSessionFilters,
  validateInput as validateBankConnectionsResourceLinkAccountSessionFilters,
  isValid as isBankConnectionsResourceLinkAccountSessionFilters,
  check as checkBankConnectionsResourceLinkAccountSessionFilters,
  test as testBankConnectionsResourceLinkAccountSessionFilters,
};
