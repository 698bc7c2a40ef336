import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  ConnectEmbeddedBaseConfig,
  checkConnectEmbeddedBaseConfig,
  testConnectEmbeddedBaseConfig,
} from "./connect_embedded_base_config.js";

const k0 = /* @__PURE__ */ set(["account_onboarding"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.account_onboarding;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["account_onboarding"], v0, ok);
  } else {
    ok = into(c, checkConnectEmbeddedBaseConfig, v0, ok, "account_onboarding");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.account_onboarding;
  if (!testConnectEmbeddedBaseConfig(v0, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({ account_onboarding: req(ref(ConnectEmbeddedBaseConfig)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "connect_embedded_account_session_create_components",
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
  schema as ConnectEmbeddedAccountSessionCreateComponents,
  validateInput as validateConnectEmbeddedAccountSessionCreateComponents,
  isValid as isConnectEmbeddedAccountSessionCreateComponents,
  check as checkConnectEmbeddedAccountSessionCreateComponents,
  test as testConnectEmbeddedAccountSessionCreateComponents,
};
