import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionPendingInvoiceItemInterval as self } from "./types/subscription_pending_invoice_item_interval.js";

export type SubscriptionPendingInvoiceItemInterval = self;
export declare const SubscriptionPendingInvoiceItemInterval: SchemaModule<self>;
