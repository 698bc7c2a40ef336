import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodSofort as Type } from "./types/payment_method_sofort.js";

export type PaymentMethodSofort = Type;
export declare const PaymentMethodSofort: SchemaModule<Type>;
