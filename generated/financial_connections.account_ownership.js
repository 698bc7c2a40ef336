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
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { bool, int, list, obj, oneOf, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  FinancialConnectionsAccountOwner,
  checkFinancialConnectionsAccountOwner,
  testFinancialConnectionsAccountOwner,
} from "./financial_connections.account_owner.js";

const e0 = /* @__PURE__ */ set(["financial_connections.account_ownership"]);
const e1 = /* @__PURE__ */ set(["list"]);
const k0 = /* @__PURE__ */ set(["data", "has_more", "object", "url"]);
const k1 = /* @__PURE__ */ set(["created", "id", "object", "owners"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.created;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["created"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["created"], "integer", v0);
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
  const v3 = v.owners;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["owners"], v3, ok);
  } else {
    if (!isObject(v3)) {
      ok = wrongType(c, ["owners"], "object", v3);
    } else {
      const v4 = v3.data;
      if (v4 === undefined || v4 === null) {
        ok = missing(c, ["owners", "data"], v4, ok);
      } else {
        if (!isArray(v4)) {
          ok = wrongType(c, ["owners", "data"], "array", v4);
        } else {
          for (let i0 = 0; i0 < v4.length; i0++) {
            const v5 = v4[i0];
            ok = into(
              c,
              checkFinancialConnectionsAccountOwner,
              v5,
              ok,
              "owners",
              "data",
              i0,
            );
            if (!ok && full(c)) break;
          }
        }
      }
      const v6 = v3.has_more;
      if (v6 === undefined || v6 === null) {
        ok = missing(c, ["owners", "has_more"], v6, ok);
      } else {
        if (typeof v6 !== "boolean") {
          ok = wrongType(c, ["owners", "has_more"], "boolean", v6);
        }
      }
      const v7 = v3.object;
      if (v7 === undefined || v7 === null) {
        ok = missing(c, ["owners", "object"], v7, ok);
      } else {
        if (!e1.has(v7)) {
          ok = notInEnum(c, ["owners", "object"], e1, v7, ok);
        }
      }
      const v8 = v3.url;
      if (v8 === undefined || v8 === null) {
        ok = missing(c, ["owners", "url"], v8, ok);
      } else {
        if (typeof v8 !== "string") {
          ok = wrongType(c, ["owners", "url"], "string", v8);
        } else if (v8.length > 5000 && tooLong(v8, 5000)) {
          ok = longFail(c, ["owners", "url"], 5000, v8);
        }
      }
      if (c.reject) {
        ok = unknownKeys(c, ["owners"], v3, k0, ok);
      }
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.created;
  if (!isInt(v0)) return false;
  const v1 = v.id;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.object;
  if (v2 !== "financial_connections.account_ownership") return false;
  const v3 = v.owners;
  if (!isObject(v3)) return false;
  const v4 = v3.data;
  if (!isArray(v4)) return false;
  for (let i0 = 0; i0 < v4.length; i0++) {
    const v5 = v4[i0];
    if (!testFinancialConnectionsAccountOwner(v5, c)) return false;
  }
  const v6 = v3.has_more;
  if (typeof v6 !== "boolean") return false;
  const v7 = v3.object;
  if (v7 !== "list") return false;
  const v8 = v3.url;
  if (typeof v8 !== "string") return false;
  if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    created: req(int("unix-time")),
    id: req(str()),
    object: req(oneOf(e0)),
    owners: req(
      obj({
        data: req(list(ref(FinancialConnectionsAccountOwner))),
        has_more: req(bool()),
        object: req(oneOf(e1)),
        url: req(str()),
      }),
    ),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "financial_connections.account_ownership",
  branch: "financial_connections.account_ownership",
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
  schema as FinancialConnectionsAccountOwnership,
  validateInput as validateFinancialConnectionsAccountOwnership,
  isValid as isFinancialConnectionsAccountOwnership,
  check as checkFinancialConnectionsAccountOwnership,
  test as testFinancialConnectionsAccountOwnership,
};
