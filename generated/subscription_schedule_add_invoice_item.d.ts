import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionScheduleAddInvoiceItem as Type } from "./types/subscription_schedule_add_invoice_item.js";

export type SubscriptionScheduleAddInvoiceItem = Type;
export declare const SubscriptionScheduleAddInvoiceItem: SchemaModule<Type>;
