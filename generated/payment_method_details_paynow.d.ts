import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsPaynow as self } from "./types/payment_method_details_paynow.js";

export type PaymentMethodDetailsPaynow = self;
export declare const PaymentMethodDetailsPaynow: SchemaModule<self>;
