import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsGiropay as self } from "./types/payment_method_options_giropay.js";

export type PaymentMethodOptionsGiropay = self;
export declare const PaymentMethodOptionsGiropay: SchemaModule<self>;
