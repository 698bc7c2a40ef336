import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsBoleto as self } from "./types/payment_method_options_boleto.js";

export type PaymentMethodOptionsBoleto = self;
export declare const PaymentMethodOptionsBoleto: SchemaModule<self>;
