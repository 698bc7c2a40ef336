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
import { Charge, checkCharge, testCharge } from "./charge.js";
import { Customer, checkCustomer, testCustomer } from "./customer.js";
import {
  DeletedCustomer,
  checkDeletedCustomer,
  testDeletedCustomer,
} from "./deleted_customer.js";
import { Invoice, checkInvoice, testInvoice } from "./invoice.js";
import {
  PaymentFlowsAmountDetails,
  checkPaymentFlowsAmountDetails,
  testPaymentFlowsAmountDetails,
} from "./payment_flows_amount_details.js";
import {
  PaymentFlowsAutomaticPaymentMethodsPaymentIntent,
  checkPaymentFlowsAutomaticPaymentMethodsPaymentIntent,
  testPaymentFlowsAutomaticPaymentMethodsPaymentIntent,
} from "./payment_flows_automatic_payment_methods_payment_intent.js";
import {
  PaymentIntentNextAction,
  checkPaymentIntentNextAction,
  testPaymentIntentNextAction,
} from "./payment_intent_next_action.js";
import {
  PaymentIntentPaymentMethodOptions,
  checkPaymentIntentPaymentMethodOptions,
  testPaymentIntentPaymentMethodOptions,
} from "./payment_intent_payment_method_options.js";
import {
  PaymentIntentProcessing,
  checkPaymentIntentProcessing,
  testPaymentIntentProcessing,
} from "./payment_intent_processing.js";
import {
  PaymentMethod,
  checkPaymentMethod,
  testPaymentMethod,
} from "./payment_method.js";
import { Review, checkReview, testReview } from "./review.js";
import { Shipping, checkShipping, testShipping } from "./shipping.js";
import {
  TransferData,
  checkTransferData,
  testTransferData,
} from "./transfer_data.js";

const e0 = /* @__PURE__ */ set([
  "abandoned",
  "automatic",
  "duplicate",
  "failed_invoice",
  "fraudulent",
  "requested_by_customer",
  "void_invoice",
]);
const e1 = /* @__PURE__ */ set(["automatic", "automatic_async", "manual"]);
const e2 = /* @__PURE__ */ set(["automatic", "manual"]);
const d0 = /* @__PURE__ */ branches(() => [
  ["customer", checkCustomer, "customer"],
  ["deleted_customer", checkDeletedCustomer, "customer#deleted"],
]);
const e3 = /* @__PURE__ */ set(["payment_intent"]);
const e4 = /* @__PURE__ */ set(["off_session", "on_session"]);
const e5 = /* @__PURE__ */ set([
  "canceled",
  "processing",
  "requires_action",
  "requires_capture",
  "requires_confirmation",
  "requires_payment_method",
  "succeeded",
]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "amount_capturable",
  "amount_details",
  "amount_received",
  "application",
  "application_fee_amount",
  "automatic_payment_methods",
  "canceled_at",
  "cancellation_reason",
  "capture_method",
  "client_secret",
  "confirmation_method",
  "created",
  "currency",
  "customer",
  "description",
  "id",
  "invoice",
  "last_payment_error",
  "latest_charge",
  "livemode",
  "metadata",
  "next_action",
  "object",
  "on_behalf_of",
  "payment_method",
  "payment_method_options",
  "payment_method_types",
  "processing",
  "receipt_email",
  "review",
  "setup_future_usage",
  "shipping",
  "statement_descriptor",
  "statement_descriptor_suffix",
  "status",
  "transfer_data",
  "transfer_group",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testCustomer, "customer"],
  [testDeletedCustomer, "customer#deleted"],
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
    }
  }
  const v1 = v.amount_capturable;
  if (v1 !== undefined) {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_capturable"], "integer", v1);
    }
  }
  const v2 = v.amount_details;
  if (v2 !== undefined) {
    ok = into(c, checkPaymentFlowsAmountDetails, v2, ok, "amount_details");
  }
  const v3 = v.amount_received;
  if (v3 !== undefined) {
    if (!isInt(v3)) {
      ok = wrongType(c, ["amount_received"], "integer", v3);
    }
  }
  const v4 = v.application;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) {
        ok = longFail(c, ["application"], 5000, v4);
      }
    } else if (isObject(v4)) {
      ok = into(c, checkApplication, v4, ok, "application");
    } else {
      ok = wrongType(c, ["application"], "string | object", v4);
    }
  }
  const v5 = v.application_fee_amount;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) {
      ok = wrongType(c, ["application_fee_amount"], "integer", v5);
    }
  }
  const v6 = v.automatic_payment_methods;
  if (v6 !== undefined && v6 !== null) {
    ok = into(
      c,
      checkPaymentFlowsAutomaticPaymentMethodsPaymentIntent,
      v6,
      ok,
      "automatic_payment_methods",
    );
  }
  const v7 = v.canceled_at;
  if (v7 !== undefined && v7 !== null) {
    if (!isInt(v7)) {
      ok = wrongType(c, ["canceled_at"], "integer", v7);
    }
  }
  const v8 = v.cancellation_reason;
  if (v8 !== undefined && v8 !== null) {
    if (!e0.has(v8)) {
      ok = notInEnum(c, ["cancellation_reason"], e0, v8, ok);
    }
  }
  const v9 = v.capture_method;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["capture_method"], v9, ok);
  } else {
    if (!e1.has(v9)) {
      ok = notInEnum(c, ["capture_method"], e1, v9, ok);
    }
  }
  const v10 = v.client_secret;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") {
      ok = wrongType(c, ["client_secret"], "string", v10);
    } else if (v10.length > 5000 && tooLong(v10, 5000)) {
      ok = longFail(c, ["client_secret"], 5000, v10);
    }
  }
  const v11 = v.confirmation_method;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["confirmation_method"], v11, ok);
  } else {
    if (!e2.has(v11)) {
      ok = notInEnum(c, ["confirmation_method"], e2, v11, ok);
    }
  }
  const v12 = v.created;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["created"], v12, ok);
  } else {
    if (!isInt(v12)) {
      ok = wrongType(c, ["created"], "integer", v12);
    }
  }
  const v13 = v.currency;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["currency"], v13, ok);
  } else {
    if (typeof v13 !== "string") {
      ok = wrongType(c, ["currency"], "string", v13);
    }
  }
  const v14 = v.customer;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) {
        ok = longFail(c, ["customer"], 5000, v14);
      }
    } else if (isObject(v14)) {
      ok = into(c, d0, v14, ok, "customer");
    } else {
      ok = wrongType(c, ["customer"], "string | object", v14);
    }
  }
  const v15 = v.description;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 !== "string") {
      ok = wrongType(c, ["description"], "string", v15);
    } else if (v15.length > 5000 && tooLong(v15, 5000)) {
      ok = longFail(c, ["description"], 5000, v15);
    }
  }
  const v16 = v.id;
  if (v16 === undefined || v16 === null) {
    ok = missing(c, ["id"], v16, ok);
  } else {
    if (typeof v16 !== "string") {
      ok = wrongType(c, ["id"], "string", v16);
    } else if (v16.length > 5000 && tooLong(v16, 5000)) {
      ok = longFail(c, ["id"], 5000, v16);
    }
  }
  const v17 = v.invoice;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string") {
      if (v17.length > 5000 && tooLong(v17, 5000)) {
        ok = longFail(c, ["invoice"], 5000, v17);
      }
    } else if (isObject(v17)) {
      ok = into(c, checkInvoice, v17, ok, "invoice");
    } else {
      ok = wrongType(c, ["invoice"], "string | object", v17);
    }
  }
  const v18 = v.last_payment_error;
  if (v18 !== undefined && v18 !== null) {
    ok = into(c, checkApiErrors, v18, ok, "last_payment_error");
  }
  const v19 = v.latest_charge;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) {
        ok = longFail(c, ["latest_charge"], 5000, v19);
      }
    } else if (isObject(v19)) {
      ok = into(c, checkCharge, v19, ok, "latest_charge");
    } else {
      ok = wrongType(c, ["latest_charge"], "string | object", v19);
    }
  }
  const v20 = v.livemode;
  if (v20 === undefined || v20 === null) {
    ok = missing(c, ["livemode"], v20, ok);
  } else {
    if (typeof v20 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v20);
    }
  }
  const v21 = v.metadata;
  if (v21 !== undefined) {
    if (!isObject(v21)) {
      ok = wrongType(c, ["metadata"], "object", v21);
    } else {
      for (const k0 of Object.keys(v21)) {
        const v22 = entry(v21, k0);
        if (typeof v22 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v22);
        } else if (v22.length > 500 && tooLong(v22, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v22);
        }
      }
    }
  }
  const v23 = v.next_action;
  if (v23 !== undefined && v23 !== null) {
    ok = into(c, checkPaymentIntentNextAction, v23, ok, "next_action");
  }
  const v24 = v.object;
  if (v24 === undefined || v24 === null) {
    ok = missing(c, ["object"], v24, ok);
  } else {
    if (!e3.has(v24)) {
      ok = notInEnum(c, ["object"], e3, v24, ok);
    }
  }
  const v25 = v.on_behalf_of;
  if (v25 !== undefined && v25 !== null) {
    if (typeof v25 === "string") {
      if (v25.length > 5000 && tooLong(v25, 5000)) {
        ok = longFail(c, ["on_behalf_of"], 5000, v25);
      }
    } else if (isObject(v25)) {
      ok = into(c, checkAccount, v25, ok, "on_behalf_of");
    } else {
      ok = wrongType(c, ["on_behalf_of"], "string | object", v25);
    }
  }
  const v26 = v.payment_method;
  if (v26 !== undefined && v26 !== null) {
    if (typeof v26 === "string") {
      if (v26.length > 5000 && tooLong(v26, 5000)) {
        ok = longFail(c, ["payment_method"], 5000, v26);
      }
    } else if (isObject(v26)) {
      ok = into(c, checkPaymentMethod, v26, ok, "payment_method");
    } else {
      ok = wrongType(c, ["payment_method"], "string | object", v26);
    }
  }
  const v27 = v.payment_method_options;
  if (v27 !== undefined && v27 !== null) {
    ok = into(
      c,
      checkPaymentIntentPaymentMethodOptions,
      v27,
      ok,
      "payment_method_options",
    );
  }
  const v28 = v.payment_method_types;
  if (v28 === undefined || v28 === null) {
    ok = missing(c, ["payment_method_types"], v28, ok);
  } else {
    if (!isArray(v28)) {
      ok = wrongType(c, ["payment_method_types"], "array", v28);
    } else {
      for (let i0 = 0; i0 < v28.length; i0++) {
        const v29 = v28[i0];
        if (typeof v29 !== "string") {
          ok = wrongType(c, ["payment_method_types", i0], "string", v29);
        } else if (v29.length > 5000 && tooLong(v29, 5000)) {
          ok = longFail(c, ["payment_method_types", i0], 5000, v29);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v30 = v.processing;
  if (v30 !== undefined && v30 !== null) {
    ok = into(c, checkPaymentIntentProcessing, v30, ok, "processing");
  }
  const v31 = v.receipt_email;
  if (v31 !== undefined && v31 !== null) {
    if (typeof v31 !== "string") {
      ok = wrongType(c, ["receipt_email"], "string", v31);
    } else if (v31.length > 5000 && tooLong(v31, 5000)) {
      ok = longFail(c, ["receipt_email"], 5000, v31);
    }
  }
  const v32 = v.review;
  if (v32 !== undefined && v32 !== null) {
    if (typeof v32 === "string") {
      if (v32.length > 5000 && tooLong(v32, 5000)) {
        ok = longFail(c, ["review"], 5000, v32);
      }
    } else if (isObject(v32)) {
      ok = into(c, checkReview, v32, ok, "review");
    } else {
      ok = wrongType(c, ["review"], "string | object", v32);
    }
  }
  const v33 = v.setup_future_usage;
  if (v33 !== undefined && v33 !== null) {
    if (!e4.has(v33)) {
      ok = notInEnum(c, ["setup_future_usage"], e4, v33, ok);
    }
  }
  const v34 = v.shipping;
  if (v34 !== undefined && v34 !== null) {
    ok = into(c, checkShipping, v34, ok, "shipping");
  }
  const v35 = v.statement_descriptor;
  if (v35 !== undefined && v35 !== null) {
    if (typeof v35 !== "string") {
      ok = wrongType(c, ["statement_descriptor"], "string", v35);
    } else if (v35.length > 5000 && tooLong(v35, 5000)) {
      ok = longFail(c, ["statement_descriptor"], 5000, v35);
    }
  }
  const v36 = v.statement_descriptor_suffix;
  if (v36 !== undefined && v36 !== null) {
    if (typeof v36 !== "string") {
      ok = wrongType(c, ["statement_descriptor_suffix"], "string", v36);
    } else if (v36.length > 5000 && tooLong(v36, 5000)) {
      ok = longFail(c, ["statement_descriptor_suffix"], 5000, v36);
    }
  }
  const v37 = v.status;
  if (v37 === undefined || v37 === null) {
    ok = missing(c, ["status"], v37, ok);
  } else {
    if (!e5.has(v37)) {
      ok = notInEnum(c, ["status"], e5, v37, ok);
    }
  }
  const v38 = v.transfer_data;
  if (v38 !== undefined && v38 !== null) {
    ok = into(c, checkTransferData, v38, ok, "transfer_data");
  }
  const v39 = v.transfer_group;
  if (v39 !== undefined && v39 !== null) {
    if (typeof v39 !== "string") {
      ok = wrongType(c, ["transfer_group"], "string", v39);
    } else if (v39.length > 5000 && tooLong(v39, 5000)) {
      ok = longFail(c, ["transfer_group"], 5000, v39);
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
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.amount_capturable;
  if (v1 !== undefined) {
    if (!isInt(v1)) return false;
  }
  const v2 = v.amount_details;
  if (v2 !== undefined) {
    if (!testPaymentFlowsAmountDetails(v2, c)) return false;
  }
  const v3 = v.amount_received;
  if (v3 !== undefined) {
    if (!isInt(v3)) return false;
  }
  const v4 = v.application;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 === "string") {
      if (v4.length > 5000 && tooLong(v4, 5000)) return false;
    } else if (isObject(v4)) {
      if (!testApplication(v4, c)) return false;
    } else {
      return false;
    }
  }
  const v5 = v.application_fee_amount;
  if (v5 !== undefined && v5 !== null) {
    if (!isInt(v5)) return false;
  }
  const v6 = v.automatic_payment_methods;
  if (v6 !== undefined && v6 !== null) {
    if (!testPaymentFlowsAutomaticPaymentMethodsPaymentIntent(v6, c))
      return false;
  }
  const v7 = v.canceled_at;
  if (v7 !== undefined && v7 !== null) {
    if (!isInt(v7)) return false;
  }
  const v8 = v.cancellation_reason;
  if (v8 !== undefined && v8 !== null) {
    if (!e0.has(v8)) return false;
  }
  const v9 = v.capture_method;
  if (!e1.has(v9)) return false;
  const v10 = v.client_secret;
  if (v10 !== undefined && v10 !== null) {
    if (typeof v10 !== "string") return false;
    if (v10.length > 5000 && tooLong(v10, 5000)) return false;
  }
  const v11 = v.confirmation_method;
  if (!e2.has(v11)) return false;
  const v12 = v.created;
  if (!isInt(v12)) return false;
  const v13 = v.currency;
  if (typeof v13 !== "string") return false;
  const v14 = v.customer;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 === "string") {
      if (v14.length > 5000 && tooLong(v14, 5000)) return false;
    } else if (isObject(v14)) {
      if (!d1(v14, c)) return false;
    } else {
      return false;
    }
  }
  const v15 = v.description;
  if (v15 !== undefined && v15 !== null) {
    if (typeof v15 !== "string") return false;
    if (v15.length > 5000 && tooLong(v15, 5000)) return false;
  }
  const v16 = v.id;
  if (typeof v16 !== "string") return false;
  if (v16.length > 5000 && tooLong(v16, 5000)) return false;
  const v17 = v.invoice;
  if (v17 !== undefined && v17 !== null) {
    if (typeof v17 === "string") {
      if (v17.length > 5000 && tooLong(v17, 5000)) return false;
    } else if (isObject(v17)) {
      if (!testInvoice(v17, c)) return false;
    } else {
      return false;
    }
  }
  const v18 = v.last_payment_error;
  if (v18 !== undefined && v18 !== null) {
    if (!testApiErrors(v18, c)) return false;
  }
  const v19 = v.latest_charge;
  if (v19 !== undefined && v19 !== null) {
    if (typeof v19 === "string") {
      if (v19.length > 5000 && tooLong(v19, 5000)) return false;
    } else if (isObject(v19)) {
      if (!testCharge(v19, c)) return false;
    } else {
      return false;
    }
  }
  const v20 = v.livemode;
  if (typeof v20 !== "boolean") return false;
  const v21 = v.metadata;
  if (v21 !== undefined) {
    if (!isObject(v21)) return false;
    for (const k2 of Object.keys(v21)) {
      const v22 = entry(v21, k2);
      if (typeof v22 !== "string") return false;
      if (v22.length > 500 && tooLong(v22, 500)) return false;
    }
  }
  const v23 = v.next_action;
  if (v23 !== undefined && v23 !== null) {
    if (!testPaymentIntentNextAction(v23, c)) return false;
  }
  const v24 = v.object;
  if (v24 !== "payment_intent") return false;
  const v25 = v.on_behalf_of;
  if (v25 !== undefined && v25 !== null) {
    if (typeof v25 === "string") {
      if (v25.length > 5000 && tooLong(v25, 5000)) return false;
    } else if (isObject(v25)) {
      if (!testAccount(v25, c)) return false;
    } else {
      return false;
    }
  }
  const v26 = v.payment_method;
  if (v26 !== undefined && v26 !== null) {
    if (typeof v26 === "string") {
      if (v26.length > 5000 && tooLong(v26, 5000)) return false;
    } else if (isObject(v26)) {
      if (!testPaymentMethod(v26, c)) return false;
    } else {
      return false;
    }
  }
  const v27 = v.payment_method_options;
  if (v27 !== undefined && v27 !== null) {
    if (!testPaymentIntentPaymentMethodOptions(v27, c)) return false;
  }
  const v28 = v.payment_method_types;
  if (!isArray(v28)) return false;
  for (let i0 = 0; i0 < v28.length; i0++) {
    const v29 = v28[i0];
    if (typeof v29 !== "string") return false;
    if (v29.length > 5000 && tooLong(v29, 5000)) return false;
  }
  const v30 = v.processing;
  if (v30 !== undefined && v30 !== null) {
    if (!testPaymentIntentProcessing(v30, c)) return false;
  }
  const v31 = v.receipt_email;
  if (v31 !== undefined && v31 !== null) {
    if (typeof v31 !== "string") return false;
    if (v31.length > 5000 && tooLong(v31, 5000)) return false;
  }
  const v32 = v.review;
  if (v32 !== undefined && v32 !== null) {
    if (typeof v32 === "string") {
      if (v32.length > 5000 && tooLong(v32, 5000)) return false;
    } else if (isObject(v32)) {
      if (!testReview(v32, c)) return false;
    } else {
      return false;
    }
  }
  const v33 = v.setup_future_usage;
  if (v33 !== undefined && v33 !== null) {
    if (!e4.has(v33)) return false;
  }
  const v34 = v.shipping;
  if (v34 !== undefined && v34 !== null) {
    if (!testShipping(v34, c)) return false;
  }
  const v35 = v.statement_descriptor;
  if (v35 !== undefined && v35 !== null) {
    if (typeof v35 !== "string") return false;
    if (v35.length > 5000 && tooLong(v35, 5000)) return false;
  }
  const v36 = v.statement_descriptor_suffix;
  if (v36 !== undefined && v36 !== null) {
    if (typeof v36 !== "string") return false;
    if (v36.length > 5000 && tooLong(v36, 5000)) return false;
  }
  const v37 = v.status;
  if (!e5.has(v37)) return false;
  const v38 = v.transfer_data;
  if (v38 !== undefined && v38 !== null) {
    if (!testTransferData(v38, c)) return false;
  }
  const v39 = v.transfer_group;
  if (v39 !== undefined && v39 !== null) {
    if (typeof v39 !== "string") return false;
    if (v39.length > 5000 && tooLong(v39, 5000)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_capturable: opt(int()),
    amount_details: opt(ref(PaymentFlowsAmountDetails)),
    amount_received: opt(int()),
    application: opt(nul(union(str(), ref(Application)))),
    application_fee_amount: opt(nul(int())),
    automatic_payment_methods: opt(
      nul(ref(PaymentFlowsAutomaticPaymentMethodsPaymentIntent)),
    ),
    canceled_at: opt(nul(int("unix-time"))),
    cancellation_reason: opt(nul(oneOf(e0))),
    capture_method: req(oneOf(e1)),
    client_secret: opt(nul(str())),
    confirmation_method: req(oneOf(e2)),
    created: req(int("unix-time")),
    currency: req(str()),
    customer: opt(nul(union(str(), ref(Customer), ref(DeletedCustomer)))),
    description: opt(nul(str())),
    id: req(str()),
    invoice: opt(nul(union(str(), ref(Invoice)))),
    last_payment_error: opt(nul(ref(ApiErrors))),
    latest_charge: opt(nul(union(str(), ref(Charge)))),
    livemode: req(bool()),
    metadata: opt(obj({}, str())),
    next_action: opt(nul(ref(PaymentIntentNextAction))),
    object: req(oneOf(e3)),
    on_behalf_of: opt(nul(union(str(), ref(Account)))),
    payment_method: opt(nul(union(str(), ref(PaymentMethod)))),
    payment_method_options: opt(nul(ref(PaymentIntentPaymentMethodOptions))),
    payment_method_types: req(list(str())),
    processing: opt(nul(ref(PaymentIntentProcessing))),
    receipt_email: opt(nul(str())),
    review: opt(nul(union(str(), ref(Review)))),
    setup_future_usage: opt(nul(oneOf(e4))),
    shipping: opt(nul(ref(Shipping))),
    statement_descriptor: opt(nul(str())),
    statement_descriptor_suffix: opt(nul(str())),
    status: req(oneOf(e5)),
    transfer_data: opt(nul(ref(TransferData))),
    transfer_group: opt(nul(str())),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "payment_intent",
  branch: "payment_intent",
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
  schema as PaymentIntent,
  validateInput as validatePaymentIntent,
  isValid as isPaymentIntent,
  check as checkPaymentIntent,
  test as testPaymentIntent,
};
