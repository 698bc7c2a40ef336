import {
  deeper,
  enter,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { nul, obj, opt, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set([
  "failure_reason",
  "return_url",
  "status",
  "url",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.failure_reason;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["failure_reason"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["failure_reason"], 5000, v0);
    }
  }
  const v1 = v.return_url;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["return_url"], v1, ok);
  } else {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["return_url"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["return_url"], 5000, v1);
    }
  }
  const v2 = v.status;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["status"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["status"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["status"], 5000, v2);
    }
  }
  const v3 = v.url;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["url"], v3, ok);
  } else {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["url"], "string", v3);
    } else if (v3.length > 2048 && tooLong(v3, 2048)) {
      ok = longFail(c, ["url"], 2048, v3);
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
  const v0 = v.failure_reason;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.return_url;
  if (typeof v1 !== "string") return false;
  if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  const v2 = v.status;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.url;
  if (typeof v3 !== "string") return false;
  if (v3.length > 2048 && tooLong(v3, 2048)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    failure_reason: opt(nul(str())),
    return_url: req(str()),
    status: req(str()),
    url: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_redirect_flow",
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
  schema as SourceRedirectFlow,
  validateInput as validateSourceRedirectFlow,
  isValid as isSourceRedirectFlow,
  check as checkSourceRedirectFlow,
  test as testSourceRedirectFlow,
};
