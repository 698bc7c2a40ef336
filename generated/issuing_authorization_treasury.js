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
import { list, nul, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "received_credits",
  "received_debits",
  "transaction",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.received_credits;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["received_credits"], v0, ok);
  } else {
    if (!isArray(v0)) {
      ok = wrongType(c, ["received_credits"], "array", v0);
    } else {
      for (let i0 = 0; i0 < v0.length; i0++) {
        const v1 = v0[i0];
        if (typeof v1 !== "string") {
          ok = wrongType(c, ["received_credits", i0], "string", v1);
        } else if (v1.length > 5000 && tooLong(v1, 5000)) {
          ok = longFail(c, ["received_credits", i0], 5000, v1);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v2 = v.received_debits;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["received_debits"], v2, ok);
  } else {
    if (!isArray(v2)) {
      ok = wrongType(c, ["received_debits"], "array", v2);
    } else {
      for (let i1 = 0; i1 < v2.length; i1++) {
        const v3 = v2[i1];
        if (typeof v3 !== "string") {
          ok = wrongType(c, ["received_debits", i1], "string", v3);
        } else if (v3.length > 5000 && tooLong(v3, 5000)) {
          ok = longFail(c, ["received_debits", i1], 5000, v3);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.transaction;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["transaction"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["transaction"], 5000, v4);
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
  const v0 = v.received_credits;
  if (!isArray(v0)) return false;
  for (let i0 = 0; i0 < v0.length; i0++) {
    const v1 = v0[i0];
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.received_debits;
  if (!isArray(v2)) return false;
  for (let i1 = 0; i1 < v2.length; i1++) {
    const v3 = v2[i1];
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.transaction;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    received_credits: req(list(str())),
    received_debits: req(list(str())),
    transaction: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_authorization_treasury",
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
  schema as IssuingAuthorizationTreasury,
  validateInput as validateIssuingAuthorizationTreasury,
  isValid as isIssuingAuthorizationTreasury,
  check as checkIssuingAuthorizationTreasury,
  test as testIssuingAuthorizationTreasury,
};
