import {
  deeper,
  enter,
  into,
  isInt,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, opt, ref, req, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Rule, checkRule, testRule } from "./rule.js";

const k0 = /* @__PURE__ */ set([
  "network_status",
  "reason",
  "risk_level",
  "risk_score",
  "rule",
  "seller_message",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.network_status;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["network_status"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["network_status"], 5000, v0);
    }
  }
  const v1 = v.reason;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["reason"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["reason"], 5000, v1);
    }
  }
  const v2 = v.risk_level;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["risk_level"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["risk_level"], 5000, v2);
    }
  }
  const v3 = v.risk_score;
  if (v3 !== undefined) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["risk_score"], "integer", v3);
    }
  }
  const v4 = v.rule;
  if (v4 !== undefined) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) {
        ok = longFail(c, ["rule"], 5000, v4);
      }
    } else if (isObject(v4)) {
      ok = into(c, checkRule, v4, ok, "rule");
    } else {
      ok = wrongType(c, ["rule"], "string | object", v4);
    }
  }
  const v5 = v.seller_message;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") {
      ok = wrongType(c, ["seller_message"], "string", v5);
    } else if (v5.length > 5000 && tooLong(v5, 5000)) {
      ok = longFail(c, ["seller_message"], 5000, v5);
    }
  }
  const v6 = v.type;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["type"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["type"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["type"], 5000, v6);
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
  const v0 = v.network_status;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.reason;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.risk_level;
  if (v2 !== undefined) {
    if (typeof v2 !== "string") return false;
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  }
  const v3 = v.risk_score;
  if (v3 !== undefined) {
    if (!isInt(v3)) return false;
  }
  const v4 = v.rule;
  if (v4 !== undefined) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) return false;
    } else if (isObject(v4)) {
      if (!testRule(v4, c)) return false;
    } else {
      return false;
    }
  }
  const v5 = v.seller_message;
  if (v5 !== undefined && v5 !== null) {
    if (typeof v5 !== "string") return false;
    if (v5.length > 5000 && tooLong(v5, 5000)) return false;
  }
  const v6 = v.type;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    network_status: opt(nul(str())),
    reason: opt(nul(str())),
    risk_level: opt(str()),
    risk_score: opt(int()),
    rule: opt(union(str(), ref(Rule))),
    seller_message: opt(nul(str())),
    type: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "charge_outcome",
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
  schema as ChargeOutcome,
  validateInput as validateChargeOutcome,
  isValid as isChargeOutcome,
  check as checkChargeOutcome,
  test as testChargeOutcome,
};
