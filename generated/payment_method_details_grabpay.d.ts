import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsGrabpay as self } from "./types/payment_method_details_grabpay.js";

export type PaymentMethodDetailsGrabpay = self;
export declare const PaymentMethodDetailsGrabpay: SchemaModule<self>;
