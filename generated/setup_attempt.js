import {
  branchTests,
  branches,
  deeper,
  enter,
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
import {
  PaymentMethod,
  checkPaymentMethod,
  testPaymentMethod,
} from "./payment_method.js";
import {
  SetupAttemptPaymentMethodDetails,
  checkSetupAttemptPaymentMethodDetails,
  testSetupAttemptPaymentMethodDetails,
} from "./setup_attempt_payment_method_details.js";
import {
  SetupIntent,
  checkSetupIntent,
  testSetupIntent,
} from "./setup_intent.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e0 = /* @__PURE__ */ set(["inbound", "outbound"]);
const e1 = /* @__PURE__ */ set(["setup_attempt"]);
const k0 = /* @__PURE__ */ set([
  "application",
  "attach_to_self",
  "created",
  "customer",
  "flow_directions",
  "id",
  "livemode",
  "object",
  "on_behalf_of",
  "payment_method",
  "payment_method_details",
  "setup_error",
  "setup_intent",
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
  const v2 = v.created;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["created"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["created"], "integer", v2);
    }
  }
  const v3 = v.customer;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) {
        ok = longFail(c, ["customer"], 5000, v3);
      }
    } else if (isObject(v3)) {
      ok = into(c, d0, v3, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v3);
    }
  }
  const v4 = v.flow_directions;
  if (v4 !== undefined && v4 !== null) {
    if (!isArray(v4)) {
      ok = wrongType(c, ["flow_directions"], "array", v4);
    } else {
      for (let i0 = 0; i0 < v4.length; i0++) {
        const v5 = v4[i0];
        if (!e0.has(v5)) {
          ok = notInEnum(c, ["flow_directions", i0], e0, v5, ok);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v6 = v.id;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["id"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["id"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["id"], 5000, v6);
    }
  }
  const v7 = v.livemode;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["livemode"], v7, ok);
  } else {
    if (typeof v7 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v7);
    }
  }
  const v8 = v.object;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["object"], v8, ok);
  } else {
    if (!e1.has(v8)) {
      ok = notInEnum(c, ["object"], e1, v8, ok);
    }
  }
  const v9 = v.on_behalf_of;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 === "string") {
      if (v9.length > 5000 && tooLong(v9, 5000)) {
        ok = longFail(c, ["on_behalf_of"], 5000, v9);
      }
    } else if (isObject(v9)) {
      ok = into(c, checkAccount, v9, ok, "on_behalf_of");
    } else {
      ok = wrongType(c, ["on_behalf_of"], "string | object", v9);
    }
  }
  const v10 = v.payment_method;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["payment_method"], v10, ok);
  } else {
    if (typeof v10 === "string") {
      if (v10.length > 5000 && tooLong(v10, 5000)) {
        ok = longFail(c, ["payment_method"], 5000, v10);
      }
    } else if (isObject(v10)) {
      ok = into(c, checkPaymentMethod, v10, ok, "payment_method");
    } else {
      ok = wrongType(c, ["payment_method"], "string | object", v10);
    }
  }
  const v11 = v.payment_method_details;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["payment_method_details"], v11, ok);
  } else {
    ok = into(
      c,
      checkSetupAttemptPaymentMethodDetails,
      v11,
      ok,
      "payment_method_details",
    );
  }
  const v12 = v.setup_error;
  if (v12 !== undefined && v12 !== null) {
    ok = into(c, checkApiErrors, v12, ok, "setup_error");
  }
  const v13 = v.setup_intent;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["setup_intent"], v13, ok);
  } else {
    if (typeof v13 === "string") {
      if (v13.length > 5000 && tooLong(v13, 5000)) {
        ok = longFail(c, ["setup_intent"], 5000, v13);
      }
    } else if (isObject(v13)) {
      ok = into(c, checkSetupIntent, v13, ok, "setup_intent");
    } else {
      ok = wrongType(c, ["setup_intent"], "string | object", v13);
    }
  }
  const v14 = v.status;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["status"], v14, ok);
  } else {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["status"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["status"], 5000, v14);
    }
  }
  const v15 = v.usage;
  if (v15 === undefined || v15 === null) {
    ok = missing(c, ["usage"], v15, ok);
  } else {
    if (typeof v15 !== "string") {
      ok = wrongType(c, ["usage"], "string", v15);
    } else if (v15.length > 5000 && tooLong(v15, 5000)) {
      ok = longFail(c, ["usage"], 5000, v15);
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
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.customer;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 === "string") {
      if (v3.length > 5000 && tooLong(v3, 5000)) return false;
    } else if (isObject(v3)) {
      if (!d1(v3, c)) return false;
    } else {
      return false;
    }
  }
  const v4 = v.flow_directions;
  if (v4 !== undefined && v4 !== null) {
    if (!isArray(v4)) return false;
    for (let i0 = 0; i0 < v4.length; i0++) {
      const v5 = v4[i0];
      if (!e0.has(v5)) return false;
    }
  }
  const v6 = v.id;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.livemode;
  if (typeof v7 !== "boolean") return false;
  const v8 = v.object;
  if (v8 !== "setup_attempt") return false;
  const v9 = v.on_behalf_of;
  if (v9 !== undefined && v9 !== null) {
    if (typeof v9 === "string") {
      if (v9.length > 5000 && tooLong(v9, 5000)) return false;
    } else if (isObject(v9)) {
      if (!testAccount(v9, c)) return false;
    } else {
      return false;
    }
  }
  const v10 = v.payment_method;
  if (v10 === undefined || v10 === null) return false;
  if (typeof v10 === "string") {
    if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  } else if (isObject(v10)) {
    if (!testPaymentMethod(v10, c)) return false;
  } else {
    return false;
  }
  const v11 = v.payment_method_details;
  if (!testSetupAttemptPaymentMethodDetails(v11, c)) return false;
  const v12 = v.setup_error;
  if (v12 !== undefined && v12 !== null) {
    if (!testApiErrors(v12, c)) return false;
  }
  const v13 = v.setup_intent;
  if (v13 === undefined || v13 === null) return false;
  if (typeof v13 === "string") {
    if (v13.length > 5000 && tooLong(v13, 5000)) return false;
  } else if (isObject(v13)) {
    if (!testSetupIntent(v13, c)) return false;
  } else {
    return false;
  }
  const v14 = v.status;
  if (typeof v14 !== "string") return false;
  if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  const v15 = v.usage;
  if (typeof v15 !== "string") return false;
  if (v15.length > 5000 && tooLong(v15, 5000)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    application: opt(nul(union(str(), ref(Application)))),
    attach_to_self: opt(bool()),
    created: req(int("unix-time")),
    customer: opt(nul(union(str(), ref(Customer), ref(DeletedCustomer)))),
    flow_directions: opt(nul(list(oneOf(e0)))),
    id: req(str()),
    livemode: req(bool()),
    object: req(oneOf(e1)),
    on_behalf_of: opt(nul(union(str(), ref(Account)))),
    payment_method: req(union(str(), ref(PaymentMethod))),
    payment_method_details: req(ref(SetupAttemptPaymentMethodDetails)),
    setup_error: opt(nul(ref(ApiErrors))),
    setup_intent: req(union(str(), ref(SetupIntent))),
    status: req(str()),
    usage: req(str()),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "setup_attempt",
  branch: "setup_attempt",
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
  schema as SetupAttempt,
  validateInput as validateSetupAttempt,
  isValid as isSetupAttempt,
  check as checkSetupAttempt,
  test as testSetupAttempt,
};
