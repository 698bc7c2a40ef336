import {
  deeper,
  enter,
  into,
  isObject,
  longFail,
  missing,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, opt, ref, req, str, union } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  SetupIntent,
  checkSetupIntent,
  testSetupIntent,
} from "./setup_intent.js";
import {
  TerminalReaderReaderResourceProcessSetupConfig,
  checkTerminalReaderReaderResourceProcessSetupConfig,
  testTerminalReaderReaderResourceProcessSetupConfig,
} from "./terminal_reader_reader_resource_process_setup_config.js";

const k0 = /* @__PURE__ */ set([
  "generated_card",
  "process_config",
  "setup_intent",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.generated_card;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["generated_card"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["generated_card"], 5000, v0);
    }
  }
  const v1 = v.process_config;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkTerminalReaderReaderResourceProcessSetupConfig,
      v1,
      ok,
      "process_config",
    );
  }
  const v2 = v.setup_intent;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["setup_intent"], v2, ok);
  } else {
    if (typeof v2 === "string") {
      if (v2.length > 5000 && tooLong(v2, 5000)) {
        ok = longFail(c, ["setup_intent"], 5000, v2);
      }
    } else if (isObject(v2)) {
      ok = into(c, checkSetupIntent, v2, ok, "setup_intent");
    } else {
      ok = wrongType(c, ["setup_intent"], "string | object", v2);
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
  const v0 = v.generated_card;
  if (v0 !== undefined) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.process_config;
  if (v1 !== undefined) {
    if (!testTerminalReaderReaderResourceProcessSetupConfig(v1, c))
      return false;
  }
  const v2 = v.setup_intent;
  if (v2 === undefined || v2 === null) return false;
  if (typeof v2 === "string") {
    if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  } else if (isObject(v2)) {
    if (!testSetupIntent(v2, c)) return false;
  } else {
    return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    generated_card: opt(str()),
    process_config: opt(ref(TerminalReaderReaderResourceProcessSetupConfig)),
    setup_intent: req(union(str(), ref(SetupIntent))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal_reader_reader_resource_process_setup_intent_action",
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
  schema as TerminalReaderReaderResourceProcessSetupIntentAction,
  validateInput as validateTerminalReaderReaderResourceProcessSetupIntentAction,
  isValid as isTerminalReaderReaderResourceProcessSetupIntentAction,
  check as checkTerminalReaderReaderResourceProcessSetupIntentAction,
  test as testTerminalReaderReaderResourceProcessSetupIntentAction,
};
