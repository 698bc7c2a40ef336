import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsPix as self } from "./types/payment_method_options_pix.js";

export type PaymentMethodOptionsPix = self;
export declare const PaymentMethodOptionsPix: SchemaModule<self>;
