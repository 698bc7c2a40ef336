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
import { bool, int, obj, oneOf, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["apple_pay_domain"]);
const k0 = /* @__PURE__ */ set([
  "created",
  "domain_name",
  "id",
  "livemode",
  "object",
]);

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
  const v1 = v.domain_name;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["domain_name"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["domain_name"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["domain_name"], 5000, v1);
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
  const v3 = v.livemode;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["livemode"], v3, ok);
  } else {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v3);
    }
  }
  const v4 = v.object;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["object"], v4, ok);
  } else {
    if (!e0.has(v4)) {
      ok = notInEnum(c, ["object"], e0, v4, ok);
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
  const v0 = v.created;
  if (!isInt(v0)) return false;
  const v1 = v.domain_name;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.id;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.livemode;
  if (typeof v3 !== "boolean") return false;
  const v4 = v.object;
  if (v4 !== "apple_pay_domain") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    created: req(int("unix-time")),
    domain_name: req(str()),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "apple_pay_domain",
  branch: "apple_pay_domain",
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
  schema as ApplePayDomain,
  validateInput as validateApplePayDomain,
  isValid as isApplePayDomain,
  check as checkApplePayDomain,
  test as testApplePayDomain,
};
