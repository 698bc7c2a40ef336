import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsBlik as self } from "./types/payment_method_details_blik.js";

export type PaymentMethodDetailsBlik = self;
export declare const PaymentMethodDetailsBlik: SchemaModule<self>;
