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

const e0 = /* @__PURE__ */ set(["platform_tax_fee"]);
const k0 = /* @__PURE__ */ set([
  "account",
  "id",
  "object",
  "source_transaction",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["account"], v0, ok);
  } else {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["account"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["account"], 5000, v0);
    }
  }
  const v1 = v.id;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["id"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["id"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["id"], 5000, v1);
    }
  }
  const v2 = v.object;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["object"], v2, ok);
  } else {
    if (!e0.has(v2)) {
      ok = notInEnum(c, ["object"], e0, v2, ok);
    }
  }
  const v3 = v.source_transaction;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["source_transaction"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["source_transaction"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["source_transaction"], 5000, v3);
    }
  }
  const v4 = v.type;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["type"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["type"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["type"], 5000, v4);
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
  const v0 = v.account;
  if (typeof v0 !== "string") return false;
  if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  const v1 = v.id;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.object;
  if (v2 !== "platform_tax_fee") return false;
  const v3 = v.source_transaction;
  if (typeof v3 !== "string") return false;
  if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  const v4 = v.type;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account: req(str()),
    id: req(str()),
    object: req(oneOf(e0)),
    source_transaction: req(str()),
    type: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "platform_tax_fee",
  branch: "platform_tax_fee",
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
  schema as PlatformTaxFee,
  validateInput as validatePlatformTaxFee,
  isValid as isPlatformTaxFee,
  check as checkPlatformTaxFee,
  test as testPlatformTaxFee,
};
