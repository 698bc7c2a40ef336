import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsBoleto as self } from "./types/payment_method_details_boleto.js";

export type PaymentMethodDetailsBoleto = self;
export declare const PaymentMethodDetailsBoleto: SchemaModule<self>;
