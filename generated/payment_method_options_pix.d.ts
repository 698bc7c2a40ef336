import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsPix as Type } from "./types/payment_method_options_pix.js";

export type PaymentMethodOptionsPix = Type;
export declare const PaymentMethodOptionsPix: SchemaModule<Type>;
