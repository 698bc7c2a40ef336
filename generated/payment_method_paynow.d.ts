import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodPaynow as self } from "./types/payment_method_paynow.js";

export type PaymentMethodPaynow = self;
export declare const PaymentMethodPaynow: SchemaModule<self>;
