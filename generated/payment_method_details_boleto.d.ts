import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsBoleto as self } from "./types/payment_method_details_boleto.js";

export type PaymentMethodDetailsBoleto = self;
export declare const PaymentMethodDetailsBoleto: SchemaModule<self>;
