import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, ref, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Charge, checkCharge, testCharge } from "./charge.js";
import {
  SetupAttempt,
  checkSetupAttempt,
  testSetupAttempt,
} from "./setup_attempt.js";

const k0 = /* @__PURE__ */ set(["charge", "setup_attempt"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.charge;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["charge"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkCharge, v0, ok, "charge");
    } else {
      ok = wrongType(c, ["charge"], "string | object", v0);
    }
  }
  const v1 = v.setup_attempt;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["setup_attempt"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, checkSetupAttempt, v1, ok, "setup_attempt");
    } else {
      ok = wrongType(c, ["setup_attempt"], "string | object", v1);
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
  const v0 = v.charge;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) return false;
    } else if (isObject(v0)) {
      if (!testCharge(v0, c)) return false;
    } else {
      return false;
    }
  }
  const v1 = v.setup_attempt;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) return false;
    } else if (isObject(v1)) {
      if (!testSetupAttempt(v1, c)) return false;
    } else {
      return false;
    }
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    charge: opt(nul(union(str(), ref(Charge)))),
    setup_attempt: opt(nul(union(str(), ref(SetupAttempt)))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "sepa_debit_generated_from",
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
  schema as SepaDebitGeneratedFrom,
  validateInput as validateSepaDebitGeneratedFrom,
  isValid as isSepaDebitGeneratedFrom,
  check as checkSepaDebitGeneratedFrom,
  test as testSepaDebitGeneratedFrom,
};
