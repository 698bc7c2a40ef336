import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsCashapp as Type } from "./types/payment_method_options_cashapp.js";

export type PaymentMethodOptionsCashapp = Type;
export declare const PaymentMethodOptionsCashapp: SchemaModule<Type>;
