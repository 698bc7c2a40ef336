import {
  deeper,
  enter,
  into,
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
import { nul, obj, oneOf, opt, ref, req, str } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TerminalReaderReaderResourceProcessPaymentIntentAction,
  checkTerminalReaderReaderResourceProcessPaymentIntentAction,
  testTerminalReaderReaderResourceProcessPaymentIntentAction,
} from "./terminal_reader_reader_resource_process_payment_intent_action.js";
import {
  TerminalReaderReaderResourceProcessSetupIntentAction,
  checkTerminalReaderReaderResourceProcessSetupIntentAction,
  testTerminalReaderReaderResourceProcessSetupIntentAction,
} from "./terminal_reader_reader_resource_process_setup_intent_action.js";
import {
  TerminalReaderReaderResourceRefundPaymentAction,
  checkTerminalReaderReaderResourceRefundPaymentAction,
  testTerminalReaderReaderResourceRefundPaymentAction,
} from "./terminal_reader_reader_resource_refund_payment_action.js";
import {
  TerminalReaderReaderResourceSetReaderDisplayAction,
  checkTerminalReaderReaderResourceSetReaderDisplayAction,
  testTerminalReaderReaderResourceSetReaderDisplayAction,
} from "./terminal_reader_reader_resource_set_reader_display_action.js";

const e0 = /* @__PURE__ */ set(["failed", "in_progress", "succeeded"]);
const k0 = /* @__PURE__ */ set([
  "failure_code",
  "failure_message",
  "process_payment_intent",
  "process_setup_intent",
  "refund_payment",
  "set_reader_display",
  "status",
  "type",
]);
const e1 = /* @__PURE__ */ set([
  "process_payment_intent",
  "process_setup_intent",
  "refund_payment",
  "set_reader_display",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.failure_code;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") {
      ok = wrongType(c, ["failure_code"], "string", v0);
    } else if (v0.length > 5000 && tooLong(v0, 5000)) {
      ok = longFail(c, ["failure_code"], 5000, v0);
    }
  }
  const v1 = v.failure_message;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["failure_message"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["failure_message"], 5000, v1);
    }
  }
  const v2 = v.process_payment_intent;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkTerminalReaderReaderResourceProcessPaymentIntentAction,
      v2,
      ok,
      "process_payment_intent",
    );
  }
  const v3 = v.process_setup_intent;
  if (v3 !== undefined) {
    ok = into(
      c,
      checkTerminalReaderReaderResourceProcessSetupIntentAction,
      v3,
      ok,
      "process_setup_intent",
    );
  }
  const v4 = v.refund_payment;
  if (v4 !== undefined) {
    ok = into(
      c,
      checkTerminalReaderReaderResourceRefundPaymentAction,
      v4,
      ok,
      "refund_payment",
    );
  }
  const v5 = v.set_reader_display;
  if (v5 !== undefined) {
    ok = into(
      c,
      checkTerminalReaderReaderResourceSetReaderDisplayAction,
      v5,
      ok,
      "set_reader_display",
    );
  }
  const v6 = v.status;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["status"], v6, ok);
  } else {
    if (!e0.has(v6)) {
      ok = notInEnum(c, ["status"], e0, v6, ok);
    }
  }
  const v7 = v.type;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["type"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["type"], "string", v7);
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
  const v0 = v.failure_code;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 !== "string") return false;
    if (v0.length > 5000 && tooLong(v0, 5000)) return false;
  }
  const v1 = v.failure_message;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.process_payment_intent;
  if (v2 !== undefined) {
    if (!testTerminalReaderReaderResourceProcessPaymentIntentAction(v2, c))
      return false;
  }
  const v3 = v.process_setup_intent;
  if (v3 !== undefined) {
    if (!testTerminalReaderReaderResourceProcessSetupIntentAction(v3, c))
      return false;
  }
  const v4 = v.refund_payment;
  if (v4 !== undefined) {
    if (!testTerminalReaderReaderResourceRefundPaymentAction(v4, c))
      return false;
  }
  const v5 = v.set_reader_display;
  if (v5 !== undefined) {
    if (!testTerminalReaderReaderResourceSetReaderDisplayAction(v5, c))
      return false;
  }
  const v6 = v.status;
  if (!e0.has(v6)) return false;
  const v7 = v.type;
  if (typeof v7 !== "string") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    failure_code: opt(nul(str())),
    failure_message: opt(nul(str())),
    process_payment_intent: opt(
      ref(TerminalReaderReaderResourceProcessPaymentIntentAction),
    ),
    process_setup_intent: opt(
      ref(TerminalReaderReaderResourceProcessSetupIntentAction),
    ),
    refund_payment: opt(ref(TerminalReaderReaderResourceRefundPaymentAction)),
    set_reader_display: opt(
      ref(TerminalReaderReaderResourceSetReaderDisplayAction),
    ),
    status: req(oneOf(e0)),
    type: req(oneOf(e1, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "terminal_reader_reader_resource_reader_action",
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
  schema as TerminalReaderReaderResourceReaderAction,
  validateInput as validateTerminalReaderReaderResourceReaderAction,
  isValid as isTerminalReaderReaderResourceReaderAction,
  check as checkTerminalReaderReaderResourceReaderAction,
  test as testTerminalReaderReaderResourceReaderAction,
};
