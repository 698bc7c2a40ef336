import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodGrabpay as self } from "./types/payment_method_grabpay.js";

export type PaymentMethodGrabpay = self;
export declare const PaymentMethodGrabpay: SchemaModule<self>;
