import {
  deeper,
  enter,
  isInt,
  isObject,
  missing,
  notInEnum,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, nul, obj, oneOf, opt, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["keep_as_draft", "mark_uncollectible", "void"]);
const k0 = /* @__PURE__ */ set(["behavior", "resumes_at"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.behavior;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["behavior"], v0, ok);
  } else {
    if (!e0.has(v0)) {
      ok = notInEnum(c, ["behavior"], e0, v0, ok);
    }
  }
  const v1 = v.resumes_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["resumes_at"], "integer", v1);
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
  const v0 = v.behavior;
  if (!e0.has(v0)) return false;
  const v1 = v.resumes_at;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    behavior: req(oneOf(e0)),
    resumes_at: opt(nul(int("unix-time"))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "subscriptions_resource_pause_collection",
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
  schema as SubscriptionsResourcePauseCollection,
  validateInput as validateSubscriptionsResourcePauseCollection,
  isValid as isSubscriptionsResourcePauseCollection,
  check as checkSubscriptionsResourcePauseCollection,
  test as testSubscriptionsResourcePauseCollection,
};
