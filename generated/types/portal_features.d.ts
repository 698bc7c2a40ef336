import type { PortalCustomerUpdate } from "./portal_customer_update.js";
import type { PortalInvoiceList } from "./portal_invoice_list.js";
import type { PortalPaymentMethodUpdate } from "./portal_payment_method_update.js";
import type { PortalSubscriptionCancel } from "./portal_subscription_cancel.js";
import type { PortalSubscriptionPause } from "./portal_subscription_pause.js";
import type { PortalSubscriptionUpdate } from "./portal_subscription_update.js";

/** @schema `portal_features` */
export type PortalFeatures = {
  customer_update: PortalCustomerUpdate;
  invoice_history: PortalInvoiceList;
  payment_method_update: PortalPaymentMethodUpdate;
  subscription_cancel: PortalSubscriptionCancel;
  subscription_pause: PortalSubscriptionPause;
  subscription_update: PortalSubscriptionUpdate;
};
