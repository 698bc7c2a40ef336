import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetails as self } from "./types/payment_method_details.js";

export type PaymentMethodDetails = self;
export declare const PaymentMethodDetails: SchemaModule<self>;
