import {
  branchTests,
  branches,
  deeper,
  enter,
  entry,
  full,
  into,
  isArray,
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
  list,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import { Account, checkAccount, testAccount } from "./account.js";
import { ApiErrors, checkApiErrors, testApiErrors } from "./api_errors.js";
import {
  Application,
  checkApplication,
  testApplication,
} from "./application.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  DeletedCustomer,
  checkDeletedCustomer,
  testDeletedCustomer,
} from "./deleted_customer.js";
import { Mandate, checkMandate, testMandate } from "./mandate.js";
import {
  PaymentFlowsAutomaticPaymentMethodsSetupIntent,
  checkPaymentFlowsAutomaticPaymentMethodsSetupIntent,
  testPaymentFlowsAutomaticPaymentMethodsSetupIntent,
} from "./payment_flows_automatic_payment_methods_setup_intent.js";
import {
  PaymentMethod,
  checkPaymentMethod,
  testPaymentMethod,
} from "./payment_method.js";
import {
  SetupAttempt,
  checkSetupAttempt,
  testSetupAttempt,
} from "./setup_attempt.js";
import {
  SetupIntentNextAction,
  checkSetupIntentNextAction,
  testSetupIntentNextAction,
} from "./setup_intent_next_action.js";
import {
  SetupIntentPaymentMethodOptions,
  checkSetupIntentPaymentMethodOptions,
  testSetupIntentPaymentMethodOptions,
} from "./setup_intent_payment_method_options.js";

const e0 = /* @__PURE__ */ set([
  "abandoned",
  "duplicate",
  "requested_by_customer",
]);
const d0 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e1 = /* @__PURE__ */ set(["inbound", "outbound"]);
const e2 = /* @__PURE__ */ set(["setup_intent"]);
const e3 = /* @__PURE__ */ set([
  "canceled",
  "processing",
  "requires_action",
  "requires_confirmation",
  "requires_payment_method",
  "succeeded",
]);
const k1 = /* @__PURE__ */ set([
  "application",
  "attach_to_self",
  "automatic_payment_methods",
  "cancellation_reason",
  "client_secret",
  "created",
  "customer",
  "description",
  "flow_directions",
  "id",
  "last_setup_error",
  "latest_attempt",
  "livemode",
  "mandate",
  "metadata",
  "next_action",
  "object",
  "on_behalf_of",
  "payment_method",
  "payment_method_options",
  "payment_method_types",
  "single_use_mandate",
  "status",
  "usage",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testCustomer, "customer"],
  [testDeletedCustomer, "customer#deleted"],
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.application;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) {
        ok = longFail(c, ["application"], 5000, v0);
      }
    } else if (isObject(v0)) {
      ok = into(c, checkApplication, v0, ok, "application");
    } else {
      ok = wrongType(c, ["application"], "string | object", v0);
    }
  }
  const v1 = v.attach_to_self;
  if (v1 !== undefined) {
    if (typeof v1 !== "boolean") {
      ok = wrongType(c, ["attach_to_self"], "boolean", v1);
    }
  }
  const v2 = v.automatic_payment_methods;
  if (v2 !== undefined && v2 !== null) {
    ok = into(
      c,
      checkPaymentFlowsAutomaticPaymentMethodsSetupIntent,
      v2,
      ok,
      "automatic_payment_methods",
    );
  }
  const v3 = v.cancellation_reason;
  if (v3 !== undefined && v3 !== null) {
    if (!e0.has(v3)) {
      ok = notInEnum(c, ["cancellation_reason"], e0, v3, ok);
    }
  }
  const v4 = v.client_secret;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["client_secret"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["client_secret"], 5000, v4);
    }
  }
  const v5 = v.created;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["created"], v5, ok);
  } else {
    if (!isInt(v5)) {
      ok = wrongType(c, ["created"], "integer", v5);
    }
  }
  const v6 = v.customer;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 === "string") {
      if (v6.length > 5000 && tooLong(v6, 5000)) {
        ok = longFail(c, ["customer"], 5000, v6);
      }
    } else if (isObject(v6)) {
      ok = into(c, d0, v6, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v6);
    }
  }
  const v7 = v.description;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["description"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["description"], 5000, v7);
    }
  }
  const v8 = v.flow_directions;
  if (v8 !== undefined && v8 !== null) {
    if (!isArray(v8)) {
      ok = wrongType(c, ["flow_directions"], "array", v8);
    } else {
      for (let i0 = 0; i0 < v8.length; i0++) {
        const v9 = v8[i0];
        if (!e1.has(v9)) {
          ok = notInEnum(c, ["flow_directions", i0], e1, v9, ok);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v10 = v.id;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["id"], v10, ok);
  } else {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["id"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["id"], 5000, v10);
    }
  }
  const v11 = v.last_setup_error;
  if (v11 !== undefined && v11 !== null) {
    ok = into(c, checkApiErrors, v11, ok, "last_setup_error");
  }
  const v12 = v.latest_attempt;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 === "string") {
      if (v12.length > 5000 && tooLong(v12, 5000)) {
        ok = longFail(c, ["latest_attempt"], 5000, v12);
      }
    } else if (isObject(v12)) {
      ok = into(c, checkSetupAttempt, v12, ok, "latest_attempt");
    } else {
      ok = wrongType(c, ["latest_attempt"], "string | object", v12);
    }
  }
  const v13 = v.livemode;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["livemode"], v13, ok);
  } else {
    if (typeof v13 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v13);
    }
  }
  const v14 = v.mandate;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) {
        ok = longFail(c, ["mandate"], 5000, v14);
      }
    } else if (isObject(v14)) {
      ok = into(c, checkMandate, v14, ok, "mandate");
    } else {
      ok = wrongType(c, ["mandate"], "string | object", v14);
    }
  }
  const v15 = v.metadata;
  if (v15 !== undefined && v15 !== null) {
    if (!isObject(v15)) {
      ok = wrongType(c, ["metadata"], "object", v15);
    } else {
      for (const k0 of Object.keys(v15)) {
        const v16 = entry(v15, k0);
        if (typeof v16 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v16);
        } else if (v16.length > 500 && tooLong(v16, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v16);
        }
      }
    }
  }
  const v17 = v.next_action;
  if (v17 !== undefined && v17 !== null) {
    ok = into(c, checkSetupIntentNextAction, v17, ok, "next_action");
  }
  const v18 = v.object;
  if (v18 === undefined || v18 === null) {
    ok = missing(c, ["object"], v18, ok);
  } else {
    if (!e2.has(v18)) {
      ok = notInEnum(c, ["object"], e2, v18, ok);
    }
  }
  const v19 = v.on_behalf_of;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) {
        ok = longFail(c, ["on_behalf_of"], 5000, v19);
      }
    } else if (isObject(v19)) {
      ok = into(c, checkAccount, v19, ok, "on_behalf_of");
    } else {
      ok = wrongType(c, ["on_behalf_of"], "string | object", v19);
    }
  }
  const v20 = v.payment_method;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 === "string") {
      if (v20.length > 5000 && tooLong(v20, 5000)) {
        ok = longFail(c, ["payment_method"], 5000, v20);
      }
    } else if (isObject(v20)) {
      ok = into(c, checkPaymentMethod, v20, ok, "payment_method");
    } else {
      ok = wrongType(c, ["payment_method"], "string | object", v20);
    }
  }
  const v21 = v.payment_method_options;
  if (v21 !== undefined && v21 !== null) {
    ok = into(
      c,
      checkSetupIntentPaymentMethodOptions,
      v21,
      ok,
      "payment_method_options",
    );
  }
  const v22 = v.payment_method_types;
  if (v22 === undefined || v22 === null) {
    ok = missing(c, ["payment_method_types"], v22, ok);
  } else {
    if (!isArray(v22)) {
      ok = wrongType(c, ["payment_method_types"], "array", v22);
    } else {
      for (let i1 = 0; i1 < v22.length; i1++) {
        const v23 = v22[i1];
        if (typeof v23 !== "string") {
          ok = wrongType(c, ["payment_method_types", i1], "string", v23);
        } else if (v23.length > 5000 && tooLong(v23, 5000)) {
          ok = longFail(c, ["payment_method_types", i1], 5000, v23);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v24 = v.single_use_mandate;
  if (v24 !== undefined && v24 !== null) {
    if (typeof v24 === "string") {
      if (v24.length > 5000 && tooLong(v24, 5000)) {
        ok = longFail(c, ["single_use_mandate"], 5000, v24);
      }
    } else if (isObject(v24)) {
      ok = into(c, checkMandate, v24, ok, "single_use_mandate");
    } else {
      ok = wrongType(c, ["single_use_mandate"], "string | object", v24);
    }
  }
  const v25 = v.status;
  if (v25 === undefined || v25 === null) {
    ok = missing(c, ["status"], v25, ok);
  } else {
    if (!e3.has(v25)) {
      ok = notInEnum(c, ["status"], e3, v25, ok);
    }
  }
  const v26 = v.usage;
  if (v26 === undefined || v26 === null) {
    ok = missing(c, ["usage"], v26, ok);
  } else {
    if (typeof v26 !== "string") {
      ok = wrongType(c, ["usage"], "string", v26);
    } else if (v26.length > 5000 && tooLong(v26, 5000)) {
      ok = longFail(c, ["usage"], 5000, v26);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.application;
  if (v0 !== undefined && v0 !== null) {
    if (typeof v0 === "string") {
      if (v0.length > 5000 && tooLong(v0, 5000)) return false;
    } else if (isObject(v0)) {
      if (!testApplication(v0, c)) return false;
    } else {
      return false;
    }
  }
  const v1 = v.attach_to_self;
  if (v1 !== undefined) {
    if (typeof v1 !== "boolean") return false;
  }
  const v2 = v.automatic_payment_methods;
  if (v2 !== undefined && v2 !== null) {
    if (!testPaymentFlowsAutomaticPaymentMethodsSetupIntent(v2, c))
      return false;
  }
  const v3 = v.cancellation_reason;
  if (v3 !== undefined && v3 !== null) {
    if (!e0.has(v3)) return false;
  }
  const v4 = v.client_secret;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.created;
  if (!isInt(v5)) return false;
  const v6 = v.customer;
  if (v6 !== undefined && v6 !== null) {
    if (typeof v6 === "string") {
      if (v6.length > 5000 && tooLong(v6, 5000)) return false;
    } else if (isObject(v6)) {
      if (!d1(v6, c)) return false;
    } else {
      return false;
    }
  }
  const v7 = v.description;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.flow_directions;
  if (v8 !== undefined && v8 !== null) {
    if (!isArray(v8)) return false;
    for (let i0 = 0; i0 < v8.length; i0++) {
      const v9 = v8[i0];
      if (!e1.has(v9)) return false;
    }
  }
  const v10 = v.id;
  if (typeof v10 !== "string") return false;
  if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  const v11 = v.last_setup_error;
  if (v11 !== undefined && v11 !== null) {
    if (!testApiErrors(v11, c)) return false;
  }
  const v12 = v.latest_attempt;
  if (v12 !== undefined && v12 !== null) {
    if (typeof v12 === "string") {
      if (v12.length > 5000 && tooLong(v12, 5000)) return false;
    } else if (isObject(v12)) {
      if (!testSetupAttempt(v12, c)) return false;
    } else {
      return false;
    }
  }
  const v13 = v.livemode;
  if (typeof v13 !== "boolean") return false;
  const v14 = v.mandate;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) return false;
    } else if (isObject(v14)) {
      if (!testMandate(v14, c)) return false;
    } else {
      return false;
    }
  }
  const v15 = v.metadata;
  if (v15 !== undefined && v15 !== null) {
    if (!isObject(v15)) return false;
    for (const k2 of Object.keys(v15)) {
      const v16 = entry(v15, k2);
      if (typeof v16 !== "string") return false;
      if (v16.length > 500 && tooLong(v16, 500)) return false;
    }
  }
  const v17 = v.next_action;
  if (v17 !== undefined && v17 !== null) {
    if (!testSetupIntentNextAction(v17, c)) return false;
  }
  const v18 = v.object;
  if (v18 !== "setup_intent") return false;
  const v19 = v.on_behalf_of;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) return false;
    } else if (isObject(v19)) {
      if (!testAccount(v19, c)) return false;
    } else {
      return false;
    }
  }
  const v20 = v.payment_method;
  if (v20 !== undefined && v20 !== null) {
    if (typeof v20 === "string") {
      if (v20.length > 5000 && tooLong(v20, 5000)) return false;
    } else if (isObject(v20)) {
      if (!testPaymentMethod(v20, c)) return false;
    } else {
      return false;
    }
  }
  const v21 = v.payment_method_options;
  if (v21 !== undefined && v21 !== null) {
    if (!testSetupIntentPaymentMethodOptions(v21, c)) return false;
  }
  const v22 = v.payment_method_types;
  if (!isArray(v22)) return false;
  for (let i1 = 0; i1 < v22.length; i1++) {
    const v23 = v22[i1];
    if (typeof v23 !== "string") return false;
    if (v23.length > 5000 && tooLong(v23, 5000)) return false;
  }
  const v24 = v.single_use_mandate;
  if (v24 !== undefined && v24 !== null) {
    if (typeof v24 === "string") {
      if (v24.length > 5000 && tooLong(v24, 5000)) return false;
    } else if (isObject(v24)) {
      if (!testMandate(v24, c)) return false;
    } else {
      return false;
    }
  }
  const v25 = v.status;
  if (!e3.has(v25)) return false;
  const v26 = v.usage;
  if (typeof v26 !== "string") return false;
  if (v26.length > 5000 && tooLong(v26, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    application: opt(nul(union(str(), ref(Application)))),
    attach_to_self: opt(bool()),
    automatic_payment_methods: opt(
      nul(ref(PaymentFlowsAutomaticPaymentMethodsSetupIntent)),
    ),
    cancellation_reason: opt(nul(oneOf(e0))),
    client_secret: opt(nul(str())),
    created: req(int("unix-time")),
    customer: opt(nul(union(str(), ref(Customer), ref(DeletedCustomer)))),
    description: opt(nul(str())),
    flow_directions: opt(nul(list(oneOf(e1)))),
    id: req(str()),
    last_setup_error: opt(nul(ref(ApiErrors))),
    latest_attempt: opt(nul(union(str(), ref(SetupAttempt)))),
    livemode: req(bool()),
    mandate: opt(nul(union(str(), ref(Mandate)))),
    metadata: opt(nul(obj({}, str()))),
    next_action: opt(nul(ref(SetupIntentNextAction))),
    object: req(oneOf(e2)),
    on_behalf_of: opt(nul(union(str(), ref(Account)))),
    payment_method: opt(nul(union(str(), ref(PaymentMethod)))),
    payment_method_options: opt(nul(ref(SetupIntentPaymentMethodOptions))),
    payment_method_types: req(list(str())),
    single_use_mandate: opt(nul(union(str(), ref(Mandate)))),
    status: req(oneOf(e3)),
    usage: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_intent",
  branch: "setup_intent",
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
  schema as SetupIntent,
  validateInput as validateSetupIntent,
  isValid as isSetupIntent,
  check as checkSetupIntent,
  test as testSetupIntent,
};
