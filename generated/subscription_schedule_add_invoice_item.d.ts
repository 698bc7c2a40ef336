import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionScheduleAddInvoiceItem as Type } from "./types/subscription_schedule_add_invoice_item.js";

export type { SubscriptionScheduleAddInvoiceItem } from "./types/subscription_schedule_add_invoice_item.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionScheduleAddInvoiceItem };
