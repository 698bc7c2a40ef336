import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsGrabpay as self } from "./types/payment_method_options_grabpay.js";

export type PaymentMethodOptionsGrabpay = self;
export declare const PaymentMethodOptionsGrabpay: SchemaModule<self>;
