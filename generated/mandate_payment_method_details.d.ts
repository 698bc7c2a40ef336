import type { SchemaModule } from "./runtime/api.js";
import type { MandatePaymentMethodDetails as self } from "./types/mandate_payment_method_details.js";

export type MandatePaymentMethodDetails = self;
export declare const MandatePaymentMethodDetails: SchemaModule<self>;
