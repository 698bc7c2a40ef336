import type { SchemaModule } from "./runtime/schema.js";
import type { MandatePaymentMethodDetails as Type } from "./types/mandate_payment_method_details.js";

export type MandatePaymentMethodDetails = Type;
export declare const MandatePaymentMethodDetails: SchemaModule<Type>;
