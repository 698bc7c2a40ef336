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
  PaymentIntent,
  checkPaymentIntent,
  testPaymentIntent,
} from "./payment_intent.js";
import {
  TerminalReaderReaderResourceProcessConfig,
  checkTerminalReaderReaderResourceProcessConfig,
  testTerminalReaderReaderResourceProcessConfig,
} from "./terminal_reader_reader_resource_process_config.js";

const k0 = /* @__PURE__ */ set(["payment_intent", "process_config"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.payment_intent;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["payment_intent"], v0, ok);
  } else {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["payment_intent"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkPaymentIntent, v0, ok, "payment_intent");
    } else {
      ok = wrongType(c, ["payment_intent"], "string | object", v0);
    }
  }
  const v1 = v.process_config;
  if (v1 !== undefined) {
    ok = into(
      c,
      checkTerminalReaderReaderResourceProcessConfig,
      v1,
      ok,
      "process_config",
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
  const v0 = v.payment_intent;
  if (v0 === undefined || v0 === null) return false;
  if (typeof v0 === "string") {
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  } else if (isObject(v0)) {
    if (!testPaymentIntent(v0, c)) return false;
  } else {
    return false;
  }
  const v1 = v.process_config;
  if (v1 !== undefined) {
    if (!testTerminalReaderReaderResourceProcessConfig(v1, c)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    payment_intent: req(union(str(), ref(PaymentIntent))),
    process_config: opt(ref(TerminalReaderReaderResourceProcessConfig)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal_reader_reader_resource_process_payment_intent_action",
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
  schema as TerminalReaderReaderResourceProcessPaymentIntentAction,
  validateInput as validateTerminalReaderReaderResourceProcessPaymentIntentAction,
  isValid as isTerminalReaderReaderResourceProcessPaymentIntentAction,
  check as checkTerminalReaderReaderResourceProcessPaymentIntentAction,
  test as testTerminalReaderReaderResourceProcessPaymentIntentAction,
};
