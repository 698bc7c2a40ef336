import type { SchemaModule } from "./runtime/schema.js";
import type { OutboundPaymentsPaymentMethodDetails as Type } from "./types/outbound_payments_payment_method_details.js";

export type { OutboundPaymentsPaymentMethodDetails } from "./types/outbound_payments_payment_method_details.js";
declare const schema: SchemaModule<Type>;
export { schema as OutboundPaymentsPaymentMethodDetails };
