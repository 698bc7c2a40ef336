import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionPendingInvoiceItemInterval as Type } from "./types/subscription_pending_invoice_item_interval.js";

export type SubscriptionPendingInvoiceItemInterval = Type;
export declare const SubscriptionPendingInvoiceItemInterval: SchemaModule<Type>;
