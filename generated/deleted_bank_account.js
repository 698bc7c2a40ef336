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

const e0 = /* @__PURE__ */ set([true]);
const e1 = /* @__PURE__ */ set(["bank_account"]);
const k0 = /* @__PURE__ */ set(["currency", "deleted", "id", "object"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.currency;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["currency"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["currency"], 5000, v0);
    }
  }
  const v1 = v.deleted;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["deleted"], v1, ok);
  } else {
    if (!e0.has(v1)) {
      ok = notInEnum(c, ["deleted"], e0, v1, ok);
    }
  }
  const v2 = v.id;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["id"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["id"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["id"], 5000, v2);
    }
  }
  const v3 = v.object;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["object"], v3, ok);
  } else {
    if (!e1.has(v3)) {
      ok = notInEnum(c, ["object"], e1, v3, ok);
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
  const v0 = v.currency;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.deleted;
  if (v1 !== true) return false;
  const v2 = v.id;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.object;
  if (v3 !== "bank_account") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    currency: opt(nul(str())),
    deleted: req(oneOf(e0)),
    id: req(str()),
    object: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "deleted_bank_account",
  branch: "bank_account#deleted",
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
  schema as DeletedBankAccount,
  validateInput as validateDeletedBankAccount,
  isValid as isDeletedBankAccount,
  check as checkDeletedBankAccount,
  test as testDeletedBankAccount,
};
