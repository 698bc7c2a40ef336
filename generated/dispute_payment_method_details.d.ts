import type { SchemaModule } from "./runtime/schema.js";
import type { DisputePaymentMethodDetails as Type } from "./types/dispute_payment_method_details.js";

export type DisputePaymentMethodDetails = Type;
export declare const DisputePaymentMethodDetails: SchemaModule<Type>;
