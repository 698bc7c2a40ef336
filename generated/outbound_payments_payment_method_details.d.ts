import type { SchemaModule } from "./runtime/schema.js";
import type { OutboundPaymentsPaymentMethodDetails as Type } from "./types/outbound_payments_payment_method_details.js";

export type OutboundPaymentsPaymentMethodDetails = Type;
export declare const OutboundPaymentsPaymentMethodDetails: SchemaModule<Type>;
