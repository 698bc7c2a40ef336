import type { SchemaModule } from "./runtime/api.js";
import type { DisputePaymentMethodDetails as self } from "./types/dispute_payment_method_details.js";

export type DisputePaymentMethodDetails = self;
export declare const DisputePaymentMethodDetails: SchemaModule<self>;
