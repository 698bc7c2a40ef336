import {
  deeper,
  enter,
  isInt,
  isObject,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { int, obj, opt } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const k0 = /* @__PURE__ */ set(["amount_eligible"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount_eligible;
  if (v0 !== undefined) {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount_eligible"], "integer", v0);
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
  const v0 = v.amount_eligible;
  if (v0 !== undefined) {
    if (!isInt(v0)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({ amount_eligible: opt(int()) });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal_reader_reader_resource_tipping_config",
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
  schema as TerminalReaderReaderResourceTippingConfig,
  validateInput as validateTerminalReaderReaderResourceTippingConfig,
  isValid as isTerminalReaderReaderResourceTippingConfig,
  check as checkTerminalReaderReaderResourceTippingConfig,
  test as testTerminalReaderReaderResourceTippingConfig,
};
