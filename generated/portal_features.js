import {
  deeper,
  enter,
  into,
  isObject,
  missing,
  set,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import { obj, ref, req } from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  PortalCustomerUpdate,
  checkPortalCustomerUpdate,
  testPortalCustomerUpdate,
} from "./portal_customer_update.js";
import {
  PortalInvoiceList,
  checkPortalInvoiceList,
  testPortalInvoiceList,
} from "./portal_invoice_list.js";
import {
  PortalPaymentMethodUpdate,
  checkPortalPaymentMethodUpdate,
  testPortalPaymentMethodUpdate,
} from "./portal_payment_method_update.js";
import {
  PortalSubscriptionCancel,
  checkPortalSubscriptionCancel,
  testPortalSubscriptionCancel,
} from "./portal_subscription_cancel.js";
import {
  PortalSubscriptionPause,
  checkPortalSubscriptionPause,
  testPortalSubscriptionPause,
} from "./portal_subscription_pause.js";
import {
  PortalSubscriptionUpdate,
  checkPortalSubscriptionUpdate,
  testPortalSubscriptionUpdate,
} from "./portal_subscription_update.js";

const k0 = /* @__PURE__ */ set([
  "customer_update",
  "invoice_history",
  "payment_method_update",
  "subscription_cancel",
  "subscription_pause",
  "subscription_update",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.customer_update;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["customer_update"], v0, ok);
  } else {
    ok = into(c, checkPortalCustomerUpdate, v0, ok, "customer_update");
  }
  const v1 = v.invoice_history;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["invoice_history"], v1, ok);
  } else {
    ok = into(c, checkPortalInvoiceList, v1, ok, "invoice_history");
  }
  const v2 = v.payment_method_update;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["payment_method_update"], v2, ok);
  } else {
    ok = into(
      c,
      checkPortalPaymentMethodUpdate,
      v2,
      ok,
      "payment_method_update",
    );
  }
  const v3 = v.subscription_cancel;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["subscription_cancel"], v3, ok);
  } else {
    ok = into(c, checkPortalSubscriptionCancel, v3, ok, "subscription_cancel");
  }
  const v4 = v.subscription_pause;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["subscription_pause"], v4, ok);
  } else {
    ok = into(c, checkPortalSubscriptionPause, v4, ok, "subscription_pause");
  }
  const v5 = v.subscription_update;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["subscription_update"], v5, ok);
  } else {
    ok = into(c, checkPortalSubscriptionUpdate, v5, ok, "subscription_update");
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k0, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.customer_update;
  if (!testPortalCustomerUpdate(v0, c)) return false;
  const v1 = v.invoice_history;
  if (!testPortalInvoiceList(v1, c)) return false;
  const v2 = v.payment_method_update;
  if (!testPortalPaymentMethodUpdate(v2, c)) return false;
  const v3 = v.subscription_cancel;
  if (!testPortalSubscriptionCancel(v3, c)) return false;
  const v4 = v.subscription_pause;
  if (!testPortalSubscriptionPause(v4, c)) return false;
  const v5 = v.subscription_update;
  if (!testPortalSubscriptionUpdate(v5, c)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    customer_update: req(ref(PortalCustomerUpdate)),
    invoice_history: req(ref(PortalInvoiceList)),
    payment_method_update: req(ref(PortalPaymentMethodUpdate)),
    subscription_cancel: req(ref(PortalSubscriptionCancel)),
    subscription_pause: req(ref(PortalSubscriptionPause)),
    subscription_update: req(ref(PortalSubscriptionUpdate)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "portal_features",
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
  schema as PortalFeatures,
  validateInput as validatePortalFeatures,
  isValid as isPortalFeatures,
  check as checkPortalFeatures,
  test as testPortalFeatures,
};
