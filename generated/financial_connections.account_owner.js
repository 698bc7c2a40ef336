import {
  deeper,
  enter,
  isInt,
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
import { int, nul, obj, oneOf, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["financial_connections.account_owner"]);
const k0 = /* @__PURE__ */ set([
  "email",
  "id",
  "name",
  "object",
  "ownership",
  "phone",
  "raw_address",
  "refreshed_at",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.email;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["email"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["email"], 5000, v0);
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
  const v2 = v.name;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["name"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["name"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["name"], 5000, v2);
    }
  }
  const v3 = v.object;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["object"], v3, ok);
  } else {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["object"], e0, v3, ok);
    }
  }
  const v4 = v.ownership;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["ownership"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["ownership"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["ownership"], 5000, v4);
    }
  }
  const v5 = v.phone;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["phone"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["phone"], 5000, v5);
    }
  }
  const v6 = v.raw_address;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["raw_address"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["raw_address"], 5000, v6);
    }
  }
  const v7 = v.refreshed_at;
  if (v7 !== undefined && v7 !== null) {
    if (!isInt(v7)) {
      ok = wrongType(c, ["refreshed_at"], "integer", v7);
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
  const v0 = v.email;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.id;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.name;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.object;
  if (v3 !== "financial_connections.account_owner") return false;
  const v4 = v.ownership;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.phone;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.raw_address;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 !== "string") return false;
    if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  }
  const v7 = v.refreshed_at;
  if (v7 !== undefined && v7 !== null) {
    if (!isInt(v7)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    email: opt(nul(str())),
    id: req(str()),
    name: req(str()),
    object: req(oneOf(e0)),
    ownership: req(str()),
    phone: opt(nul(str())),
    raw_address: opt(nul(str())),
    refreshed_at: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "financial_connections.account_owner",
  branch: "financial_connections.account_owner",
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
  schema as FinancialConnectionsAccountOwner,
  validateInput as validateFinancialConnectionsAccountOwner,
  isValid as isFinancialConnectionsAccountOwner,
  check as checkFinancialConnectionsAccountOwner,
  test as testFinancialConnectionsAccountOwner,
};
