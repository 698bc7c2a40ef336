import {
  deeper,
  enter,
  into,
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
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Account, checkAccount, testAccount } from "./account.js";
import {
  AccountCapabilityFutureRequirements,
  checkAccountCapabilityFutureRequirements,
  testAccountCapabilityFutureRequirements,
} from "./account_capability_future_requirements.js";
import {
  AccountCapabilityRequirements,
  checkAccountCapabilityRequirements,
  testAccountCapabilityRequirements,
} from "./account_capability_requirements.js";

const e0 = /* @__PURE__ */ set(["capability"]);
const e1 = /* @__PURE__ */ set([
  "active",
  "disabled",
  "inactive",
  "pending",
  "unrequested",
]);
const k0 = /* @__PURE__ */ set([
  "account",
  "future_requirements",
  "id",
  "object",
  "requested",
  "requested_at",
  "requirements",
  "status",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["account"], v0, ok);
  } else {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["account"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkAccount, v0, ok, "account");
    } else {
      ok = wrongType(c, ["account"], "string | object", v0);
    }
  }
  const v1 = v.future_requirements;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkAccountCapabilityFutureRequirements,
      v1,
      ok,
      "future_requirements",
    );
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
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["object"], e0, v3, ok);
    }
  }
  const v4 = v.requested;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["requested"], v4, ok);
  } else {
    if (typeof v4 !== "boolean") {
      ok = wrongType(c, ["requested"], "boolean", v4);
    }
  }
  const v5 = v.requested_at;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) {
      ok = wrongType(c, ["requested_at"], "integer", v5);
    }
  }
  const v6 = v.requirements;
  if (v6 !== undefined) {
    ok = into(c, checkAccountCapabilityRequirements, v6, ok, "requirements");
  }
  const v7 = v.status;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["status"], v7, ok);
  } else {
    if (!e1.has(v7)) {
      ok = notInEnum(c, ["status"], e1, v7, ok);
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
  if (v0 === undefined || v0 === null) return false;
  if (typeof v0 === "string") {
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  } else if (isObject(v0)) {
    if (!testAccount(v0, c)) return false;
  } else {
    return false;
  }
  const v1 = v.future_requirements;
  if (v1 !== undefined) {
    if (!testAccountCapabilityFutureRequirements(v1, c)) return false;
  }
  const v2 = v.id;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.object;
  if (v3 !== "capability") return false;
  const v4 = v.requested;
  if (typeof v4 !== "boolean") return false;
  const v5 = v.requested_at;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) return false;
  }
  const v6 = v.requirements;
  if (v6 !== undefined) {
    if (!testAccountCapabilityRequirements(v6, c)) return false;
  }
  const v7 = v.status;
  if (!e1.has(v7)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    account: req(union(str(), ref(Account))),
    future_requirements: opt(ref(AccountCapabilityFutureRequirements)),
    id: req(str()),
    object: req(oneOf(e0)),
    requested: req(bool()),
    requested_at: opt(nul(int("unix-time"))),
    requirements: opt(ref(AccountCapabilityRequirements)),
    status: req(oneOf(e1)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "capability",
  branch: "capability",
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
  schema as Capability,
  validateInput as validateCapability,
  isValid as isCapability,
  check as checkCapability,
  test as testCapability,
};
