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
import { nul, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set([
  "affin_bank",
  "agrobank",
  "alliance_bank",
  "ambank",
  "bank_islam",
  "bank_muamalat",
  "bank_of_china",
  "bank_rakyat",
  "bsn",
  "cimb",
  "deutsche_bank",
  "hong_leong_bank",
  "hsbc",
  "kfh",
  "maybank2e",
  "maybank2u",
  "ocbc",
  "pb_enterprise",
  "public_bank",
  "rhb",
  "standard_chartered",
  "uob",
]);
const k0 = /* @__PURE__ */ set(["bank", "transaction_id"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.bank;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["bank"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["bank"], e0, v0, ok);
    }
  }
  const v1 = v.transaction_id;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["transaction_id"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["transaction_id"], 5000, v1);
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
  const v0 = v.bank;
  if (!e0.has(v0)) return false;
  const v1 = v.transaction_id;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ bank: req(oneOf(e0)), transaction_id: opt(nul(str())) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_method_details_fpx",
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
  schema as PaymentMethodDetailsFpx,
  validateInput as validatePaymentMethodDetailsFpx,
  isValid as isPaymentMethodDetailsFpx,
  check as checkPaymentMethodDetailsFpx,
  test as testPaymentMethodDetailsFpx,
};
