import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsPaynow as self } from "./types/payment_method_options_paynow.js";

export type PaymentMethodOptionsPaynow = self;
export declare const PaymentMethodOptionsPaynow: SchemaModule<self>;
