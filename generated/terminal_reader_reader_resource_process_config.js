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
import { bool, obj, opt, ref } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TerminalReaderReaderResourceTippingConfig,
  checkTerminalReaderReaderResourceTippingConfig,
  testTerminalReaderReaderResourceTippingConfig,
} from "./terminal_reader_reader_resource_tipping_config.js";

const k0 = /* @__PURE__ */ set(["skip_tipping", "tipping"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.skip_tipping;
  if (v0 !== undefined) {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["skip_tipping"], "boolean", v0);
    }
  }
  const v1 = v.tipping;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkTerminalReaderReaderResourceTippingConfig,
      v1,
      ok,
      "tipping",
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
  const v0 = v.skip_tipping;
  if (v0 !== undefined) {
    if (typeof v0 !== "boolean") return false;
  }
  const v1 = v.tipping;
  if (v1 !== undefined) {
    if (!testTerminalReaderReaderResourceTippingConfig(v1, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    skip_tipping: opt(bool()),
    tipping: opt(ref(TerminalReaderReaderResourceTippingConfig)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal_reader_reader_resource_process_config",
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
  schema as TerminalReaderReaderResourceProcessConfig,
  validateInput as validateTerminalReaderReaderResourceProcessConfig,
  isValid as isTerminalReaderReaderResourceProcessConfig,
  check as checkTerminalReaderReaderResourceProcessConfig,
  test as testTerminalReaderReaderResourceProcessConfig,
};
