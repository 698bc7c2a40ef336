import {
  deeper,
  enter,
  full,
  into,
  isArray,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { list, obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  FundingInstructionsBankTransferIbanRecord,
  checkFundingInstructionsBankTransferIbanRecord,
  testFundingInstructionsBankTransferIbanRecord,
} from "./funding_instructions_bank_transfer_iban_record.js";
import {
  FundingInstructionsBankTransferSortCodeRecord,
  checkFundingInstructionsBankTransferSortCodeRecord,
  testFundingInstructionsBankTransferSortCodeRecord,
} from "./funding_instructions_bank_transfer_sort_code_record.js";
import {
  FundingInstructionsBankTransferSpeiRecord,
  checkFundingInstructionsBankTransferSpeiRecord,
  testFundingInstructionsBankTransferSpeiRecord,
} from "./funding_instructions_bank_transfer_spei_record.js";
import {
  FundingInstructionsBankTransferZenginRecord,
  checkFundingInstructionsBankTransferZenginRecord,
  testFundingInstructionsBankTransferZenginRecord,
} from "./funding_instructions_bank_transfer_zengin_record.js";

const k0 = /* @__PURE__ */ set([
  "iban",
  "sort_code",
  "spei",
  "supported_networks",
  "type",
  "zengin",
]);
const e0 = /* @__PURE__ */ set(["bacs", "fps", "sepa", "spei", "zengin"]);
const e1 = /* @__PURE__ */ set(["iban", "sort_code", "spei", "zengin"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.iban;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkFundingInstructionsBankTransferIbanRecord,
      v0,
      ok,
      "iban",
    );
  }
  const v1 = v.sort_code;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkFundingInstructionsBankTransferSortCodeRecord,
      v1,
      ok,
      "sort_code",
    );
  }
  const v2 = v.spei;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkFundingInstructionsBankTransferSpeiRecord,
      v2,
      ok,
      "spei",
    );
  }
  const v3 = v.supported_networks;
  if (v3 !== undefined) {
    if (!isArray(v3)) {
      ok = wrongType(c, ["supported_networks"], "array", v3);
    } else {
      for (let i0 = 0; i0 < v3.length; i0++) {
        const v4 = v3[i0];
        if (typeof v4 !== "string") {
          ok = wrongType(c, ["supported_networks", i0], "string", v4);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v5 = v.type;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["type"], v5, ok);
  } else {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["type"], "string", v5);
    }
  }
  const v6 = v.zengin;
  if (v6 !== undefined) {
    ok = into(
      c,
      checkFundingInstructionsBankTransferZenginRecord,
      v6,
      ok,
      "zengin",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.iban;
  if (v0 !== undefined) {
    if (!testFundingInstructionsBankTransferIbanRecord(v0, c)) return false;
  }
  const v1 = v.sort_code;
  if (v1 !== undefined) {
    if (!testFundingInstructionsBankTransferSortCodeRecord(v1, c)) return false;
  }
  const v2 = v.spei;
  if (v2 !== undefined) {
    if (!testFundingInstructionsBankTransferSpeiRecord(v2, c)) return false;
  }
  const v3 = v.supported_networks;
  if (v3 !== undefined) {
    if (!isArray(v3)) return false;
    for (let i0 = 0; i0 < v3.length; i0++) {
      const v4 = v3[i0];
      if (typeof v4 !== "string") return false;
    }
  }
  const v5 = v.type;
  if (typeof v5 !== "string") return false;
  const v6 = v.zengin;
  if (v6 !== undefined) {
    if (!testFundingInstructionsBankTransferZenginRecord(v6, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    iban: opt(ref(FundingInstructionsBankTransferIbanRecord)),
    sort_code: opt(ref(FundingInstructionsBankTransferSortCodeRecord)),
    spei: opt(ref(FundingInstructionsBankTransferSpeiRecord)),
    supported_networks: opt(list(oneOf(e0, true))),
    type: req(oneOf(e1, true)),
    zengin: opt(ref(FundingInstructionsBankTransferZenginRecord)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "funding_instructions_bank_transfer_financial_address",
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
  schema as FundingInstructionsBankTransferFinancialAddress,
  validateInput as validateFundingInstructionsBankTransferFinancialAddress,
  isValid as isFundingInstructionsBankTransferFinancialAddress,
  check as checkFundingInstructionsBankTransferFinancialAddress,
  test as testFundingInstructionsBankTransferFinancialAddress,
};
