import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodSofort as self } from "./types/payment_method_sofort.js";

export type PaymentMethodSofort = self;
export declare const PaymentMethodSofort: SchemaModule<self>;
