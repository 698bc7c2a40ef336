import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionScheduleAddInvoiceItem as self } from "./types/subscription_schedule_add_invoice_item.js";

export type SubscriptionScheduleAddInvoiceItem = self;
export declare const SubscriptionScheduleAddInvoiceItem: SchemaModule<self>;
