import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsMultibanco as self } from "./types/payment_method_details_multibanco.js";

export type PaymentMethodDetailsMultibanco = self;
export declare const PaymentMethodDetailsMultibanco: SchemaModule<self>;
