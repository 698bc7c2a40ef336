import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["accepted", "pending", "refused", "revoked"]);
const k0 = /* @__PURE__ */ set(["network_status", "reference", "url"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.network_status;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["network_status"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["network_status"], e0, v0, ok);
    }
  }
  const v1 = v.reference;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["reference"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["reference"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["reference"], 5000, v1);
    }
  }
  const v2 = v.url;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["url"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["url"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["url"], 5000, v2);
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
  const v0 = v.network_status;
  if (!e0.has(v0)) return false;
  const v1 = v.reference;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.url;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    network_status: req(oneOf(e0)),
    reference: req(str()),
    url: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "mandate_bacs_debit",
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
  schema as MandateBacsDebit,
  validateInput as validateMandateBacsDebit,
  isValid as isMandateBacsDebit,
  check as checkMandateBacsDebit,
  test as testMandateBacsDebit,
};
