import type { SchemaModule } from "./runtime/api.js";
import type { OutboundPaymentsPaymentMethodDetails as self } from "./types/outbound_payments_payment_method_details.js";

export type OutboundPaymentsPaymentMethodDetails = self;
export declare const OutboundPaymentsPaymentMethodDetails: SchemaModule<self>;
