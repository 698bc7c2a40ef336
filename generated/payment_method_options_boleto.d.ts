import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsBoleto as Type } from "./types/payment_method_options_boleto.js";

export type PaymentMethodOptionsBoleto = Type;
export declare const PaymentMethodOptionsBoleto: SchemaModule<Type>;
