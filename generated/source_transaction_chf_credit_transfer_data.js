import {
  deeper,
  enter,
  isObject,
  longFail,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "reference",
  "sender_address_country",
  "sender_address_line1",
  "sender_iban",
  "sender_name",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.reference;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["reference"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["reference"], 5000, v0);
    }
  }
  const v1 = v.sender_address_country;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["sender_address_country"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["sender_address_country"], 5000, v1);
    }
  }
  const v2 = v.sender_address_line1;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["sender_address_line1"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["sender_address_line1"], 5000, v2);
    }
  }
  const v3 = v.sender_iban;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["sender_iban"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["sender_iban"], 5000, v3);
    }
  }
  const v4 = v.sender_name;
  if (v4 !== undefined) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["sender_name"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["sender_name"], 5000, v4);
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
  const v0 = v.reference;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.sender_address_country;
  if (v1 !== undefined) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.sender_address_line1;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.sender_iban;
  if (v3 !== undefined) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.sender_name;
  if (v4 !== undefined) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    reference: opt(str()),
    sender_address_country: opt(str()),
    sender_address_line1: opt(str()),
    sender_iban: opt(str()),
    sender_name: opt(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_transaction_chf_credit_transfer_data",
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
  schema as SourceTransactionChfCreditTransferData,
  validateInput as validateSourceTransactionChfCreditTransferData,
  isValid as isSourceTransactionChfCreditTransferData,
  check as checkSourceTransactionChfCreditTransferData,
  test as testSourceTransactionChfCreditTransferData,
};
