import {
  deeper,
  enter,
  into,
  isInt,
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
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Source, checkSource, testSource } from "./source.js";
import {
  SourceMandateNotificationAcssDebitData,
  checkSourceMandateNotificationAcssDebitData,
  testSourceMandateNotificationAcssDebitData,
} from "./source_mandate_notification_acss_debit_data.js";
import {
  SourceMandateNotificationBacsDebitData,
  checkSourceMandateNotificationBacsDebitData,
  testSourceMandateNotificationBacsDebitData,
} from "./source_mandate_notification_bacs_debit_data.js";
import {
  SourceMandateNotificationSepaDebitData,
  checkSourceMandateNotificationSepaDebitData,
  testSourceMandateNotificationSepaDebitData,
} from "./source_mandate_notification_sepa_debit_data.js";

const e0 = /* @__PURE__ */ set(["source_mandate_notification"]);
const k0 = /* @__PURE__ */ set([
  "acss_debit",
  "amount",
  "bacs_debit",
  "created",
  "id",
  "livemode",
  "object",
  "reason",
  "sepa_debit",
  "source",
  "status",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.acss_debit;
  if (v0 !== undefined) {
    ok = into(
      c,
      checkSourceMandateNotificationAcssDebitData,
      v0,
      ok,
      "acss_debit",
    );
  }
  const v1 = v.amount;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount"], "integer", v1);
    }
  }
  const v2 = v.bacs_debit;
  if (v2 !== undefined) {
    ok = into(
      c,
      checkSourceMandateNotificationBacsDebitData,
      v2,
      ok,
      "bacs_debit",
    );
  }
  const v3 = v.created;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["created"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["created"], "integer", v3);
    }
  }
  const v4 = v.id;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["id"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["id"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["id"], 5000, v4);
    }
  }
  const v5 = v.livemode;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["livemode"], v5, ok);
  } else {
    if (typeof v5 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v5);
    }
  }
  const v6 = v.object;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["object"], v6, ok);
  } else {
    if (!e0.has(v6)) {
      ok = notInEnum(c, ["object"], e0, v6, ok);
    }
  }
  const v7 = v.reason;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["reason"], v7, ok);
  } else {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["reason"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["reason"], 5000, v7);
    }
  }
  const v8 = v.sepa_debit;
  if (v8 !== undefined) {
    ok = into(
      c,
      checkSourceMandateNotificationSepaDebitData,
      v8,
      ok,
      "sepa_debit",
    );
  }
  const v9 = v.source;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["source"], v9, ok);
  } else {
    ok = into(c, checkSource, v9, ok, "source");
  }
  const v10 = v.status;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["status"], v10, ok);
  } else {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["status"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["status"], 5000, v10);
    }
  }
  const v11 = v.type;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["type"], v11, ok);
  } else {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["type"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["type"], 5000, v11);
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
  const v0 = v.acss_debit;
  if (v0 !== undefined) {
    if (!testSourceMandateNotificationAcssDebitData(v0, c)) return false;
  }
  const v1 = v.amount;
  if (v1 !== undefined && v1 !== null) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.bacs_debit;
  if (v2 !== undefined) {
    if (!testSourceMandateNotificationBacsDebitData(v2, c)) return false;
  }
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.livemode;
  if (typeof v5 !== "boolean") return false;
  const v6 = v.object;
  if (v6 !== "source_mandate_notification") return false;
  const v7 = v.reason;
  if (typeof v7 !== "string") return false;
  if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  const v8 = v.sepa_debit;
  if (v8 !== undefined) {
    if (!testSourceMandateNotificationSepaDebitData(v8, c)) return false;
  }
  const v9 = v.source;
  if (!testSource(v9, c)) return false;
  const v10 = v.status;
  if (typeof v10 !== "string") return false;
  if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  const v11 = v.type;
  if (typeof v11 !== "string") return false;
  if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    acss_debit: opt(ref(SourceMandateNotificationAcssDebitData)),
    amount: opt(nul(int())),
    bacs_debit: opt(ref(SourceMandateNotificationBacsDebitData)),
    created: req(int("unix-time")),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e0)),
    reason: req(str()),
    sepa_debit: opt(ref(SourceMandateNotificationSepaDebitData)),
    source: req(ref(Source)),
    status: req(str()),
    type: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "source_mandate_notification",
  branch: "source_mandate_notification",
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
  schema as SourceMandateNotification,
  validateInput as validateSourceMandateNotification,
  isValid as isSourceMandateNotification,
  check as checkSourceMandateNotification,
  test as testSourceMandateNotification,
};
