import {
  deeper,
  enter,
  into,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  CardIssuingAccountTermsOfService,
  checkCardIssuingAccountTermsOfService,
  testCardIssuingAccountTermsOfService,
} from "./card_issuing_account_terms_of_service.js";

const k0 = /* @__PURE__ */ set(["tos_acceptance"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.tos_acceptance;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkCardIssuingAccountTermsOfService,
      v0,
      ok,
      "tos_acceptance",
    );
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.tos_acceptance;
  if (v0 !== undefined) {
    if (!testCardIssuingAccountTermsOfService(v0, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ tos_acceptance: opt(ref(CardIssuingAccountTermsOfService)) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "account_card_issuing_settings",
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
  schema as AccountCardIssuingSettings,
  validateInput as validateAccountCardIssuingSettings,
  isValid as isAccountCardIssuingSettings,
  check as checkAccountCardIssuingSettings,
  test as testAccountCardIssuingSettings,
};
