import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodGiropay as self } from "./types/payment_method_giropay.js";

export type PaymentMethodGiropay = self;
export declare const PaymentMethodGiropay: SchemaModule<self>;
