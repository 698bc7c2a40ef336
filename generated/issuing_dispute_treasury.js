import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["debit_reversal", "received_debit"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.debit_reversal;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["debit_reversal"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["debit_reversal"], 5000, v0);
    }
  }
  const v1 = v.received_debit;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["received_debit"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["received_debit"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["received_debit"], 5000, v1);
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
  const v0 = v.debit_reversal;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.received_debit;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ debit_reversal: opt(nul(str())), received_debit: req(str()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing_dispute_treasury",
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
  schema as IssuingDisputeTreasury,
  validateInput as validateIssuingDisputeTreasury,
  isValid as isIssuingDisputeTreasury,
  check as checkIssuingDisputeTreasury,
  test as testIssuingDisputeTreasury,
};
