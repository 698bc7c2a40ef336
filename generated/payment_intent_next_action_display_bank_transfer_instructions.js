import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isInt,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import {
  int,
  list,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  FundingInstructionsBankTransferFinancialAddress,
  checkFundingInstructionsBankTransferFinancialAddress,
  testFundingInstructionsBankTransferFinancialAddress,
} from "./funding_instructions_bank_transfer_financial_address.js";

const k0 = /* @__PURE__ */ set([
  "amount_remaining",
  "currency",
  "financial_addresses",
  "hosted_instructions_url",
  "reference",
  "type",
]);
const e0 = /* @__PURE__ */ set([
  "eu_bank_transfer",
  "gb_bank_transfer",
  "jp_bank_transfer",
  "mx_bank_transfer",
  "us_bank_transfer",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_remaining;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_remaining"], "integer", v0);
    }
  }
  const v1 = v.currency;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["currency"], "string", v1);
    }
  }
  const v2 = v.financial_addresses;
  if (v2 !== undefined) {
    if (!isArray(v2)) {
      ok = wrongType(c, ["financial_addresses"], "array", v2);
    } else {
      for (let i0 = 0; i0 < v2.length; i0++) {
        const v3 = v2[i0];
        ok = into(
          c,
          checkFundingInstructionsBankTransferFinancialAddress,
          v3,
          ok,
          "financial_addresses",
          i0,
        );
        if (!ok && full(c)) break;
      }
    }
  }
  const v4 = v.hosted_instructions_url;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["hosted_instructions_url"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["hosted_instructions_url"], 5000, v4);
    }
  }
  const v5 = v.reference;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["reference"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["reference"], 5000, v5);
    }
  }
  const v6 = v.type;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["type"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["type"], "string", v6);
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
  const v0 = v.amount_remaining;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.currency;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v.financial_addresses;
  if (v2 !== undefined) {
    if (!isArray(v2)) return false;
    for (let i0 = 0; i0 < v2.length; i0++) {
      const v3 = v2[i0];
      if (!testFundingInstructionsBankTransferFinancialAddress(v3, c))
        return false;
    }
  }
  const v4 = v.hosted_instructions_url;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.reference;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.type;
  if (typeof v6 !== "string") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount_remaining: opt(nul(int())),
    currency: opt(nul(str())),
    financial_addresses: opt(
      list(ref(FundingInstructionsBankTransferFinancialAddress)),
    ),
    hosted_instructions_url: opt(nul(str())),
    reference: opt(nul(str())),
    type: req(oneOf(e0, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent_next_action_display_bank_transfer_instructions",
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
  schema as PaymentIntentNextActionDisplayBankTransferInstructions,
  validateInput as validatePaymentIntentNextActionDisplayBankTransferInstructions,
  isValid as isPaymentIntentNextActionDisplayBankTransferInstructions,
  check as checkPaymentIntentNextActionDisplayBankTransferInstructions,
  test as testPaymentIntentNextActionDisplayBankTransferInstructions,
};
