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
import { nul, obj, opt, ref, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  AccountDeclineChargeOn,
  checkAccountDeclineChargeOn,
  testAccountDeclineChargeOn,
} from "./account_decline_charge_on.js";

const k0 = /* @__PURE__ */ set([
  "decline_on",
  "statement_descriptor_prefix",
  "statement_descriptor_prefix_kana",
  "statement_descriptor_prefix_kanji",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.decline_on;
  if (v0 !== undefined) {
    ok = into(c, checkAccountDeclineChargeOn, v0, ok, "decline_on");
  }
  const v1 = v.statement_descriptor_prefix;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["statement_descriptor_prefix"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["statement_descriptor_prefix"], 5000, v1);
    }
  }
  const v2 = v.statement_descriptor_prefix_kana;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["statement_descriptor_prefix_kana"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["statement_descriptor_prefix_kana"], 5000, v2);
    }
  }
  const v3 = v.statement_descriptor_prefix_kanji;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["statement_descriptor_prefix_kanji"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["statement_descriptor_prefix_kanji"], 5000, v3);
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
  const v0 = v.decline_on;
  if (v0 !== undefined) {
    if (!testAccountDeclineChargeOn(v0, c)) return false;
  }
  const v1 = v.statement_descriptor_prefix;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.statement_descriptor_prefix_kana;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.statement_descriptor_prefix_kanji;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    decline_on: opt(ref(AccountDeclineChargeOn)),
    statement_descriptor_prefix: opt(nul(str())),
    statement_descriptor_prefix_kana: opt(nul(str())),
    statement_descriptor_prefix_kanji: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_card_payments_settings",
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
  schema as AccountCardPaymentsSettings,
  validateInput as validateAccountCardPaymentsSettings,
  isValid as isAccountCardPaymentsSettings,
  check as checkAccountCardPaymentsSettings,
  test as testAccountCardPaymentsSettings,
};
