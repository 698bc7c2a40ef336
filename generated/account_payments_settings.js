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
import { nul, obj, opt, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "statement_descriptor",
  "statement_descriptor_kana",
  "statement_descriptor_kanji",
  "statement_descriptor_prefix_kana",
  "statement_descriptor_prefix_kanji",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.statement_descriptor;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["statement_descriptor"], 5000, v0);
    }
  }
  const v1 = v.statement_descriptor_kana;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["statement_descriptor_kana"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["statement_descriptor_kana"], 5000, v1);
    }
  }
  const v2 = v.statement_descriptor_kanji;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["statement_descriptor_kanji"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["statement_descriptor_kanji"], 5000, v2);
    }
  }
  const v3 = v.statement_descriptor_prefix_kana;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["statement_descriptor_prefix_kana"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["statement_descriptor_prefix_kana"], 5000, v3);
    }
  }
  const v4 = v.statement_descriptor_prefix_kanji;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["statement_descriptor_prefix_kanji"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["statement_descriptor_prefix_kanji"], 5000, v4);
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
  const v0 = v.statement_descriptor;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.statement_descriptor_kana;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.statement_descriptor_kanji;
  if (v2 !== undefined && v2 !== null) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.statement_descriptor_prefix_kana;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.statement_descriptor_prefix_kanji;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    statement_descriptor: opt(nul(str())),
    statement_descriptor_kana: opt(nul(str())),
    statement_descriptor_kanji: opt(nul(str())),
    statement_descriptor_prefix_kana: opt(nul(str())),
    statement_descriptor_prefix_kanji: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_payments_settings",
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
  schema as AccountPaymentsSettings,
  validateInput as validateAccountPaymentsSettings,
  isValid as isAccountPaymentsSettings,
  check as checkAccountPaymentsSettings,
  test as testAccountPaymentsSettings,
};
