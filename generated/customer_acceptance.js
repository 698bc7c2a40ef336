import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, oneOf, opt, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  OfflineAcceptance,
  checkOfflineAcceptance,
  testOfflineAcceptance,
} from "./offline_acceptance.js";
import {
  OnlineAcceptance,
  checkOnlineAcceptance,
  testOnlineAcceptance,
} from "./online_acceptance.js";

const e0 = /* @__PURE__ */ set(["offline", "online"]);
const k0 = /* @__PURE__ */ set(["accepted_at", "offline", "online", "type"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.accepted_at;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["accepted_at"], "integer", v0);
    }
  }
  const v1 = v.offline;
  if (v1 !== undefined) {
    ok = into(c, checkOfflineAcceptance, v1, ok, "offline");
  }
  const v2 = v.online;
  if (v2 !== undefined) {
    ok = into(c, checkOnlineAcceptance, v2, ok, "online");
  }
  const v3 = v.type;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["type"], v3, ok);
  } else {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["type"], e0, v3, ok);
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
  const v0 = v.accepted_at;
  if (v0 !== undefined && v0 !== null) {
    if (!isInt(v0)) return false;
  }
  const v1 = v.offline;
  if (v1 !== undefined) {
    if (!testOfflineAcceptance(v1, c)) return false;
  }
  const v2 = v.online;
  if (v2 !== undefined) {
    if (!testOnlineAcceptance(v2, c)) return false;
  }
  const v3 = v.type;
  if (!e0.has(v3)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    accepted_at: opt(nul(int("unix-time"))),
    offline: opt(ref(OfflineAcceptance)),
    online: opt(ref(OnlineAcceptance)),
    type: req(oneOf(e0)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "customer_acceptance",
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
  schema as CustomerAcceptance,
  validateInput as validateCustomerAcceptance,
  isValid as isCustomerAcceptance,
  check as checkCustomerAcceptance,
  test as testCustomerAcceptance,
};
