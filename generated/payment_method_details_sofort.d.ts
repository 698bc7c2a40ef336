import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsSofort as Type } from "./types/payment_method_details_sofort.js";

export type PaymentMethodDetailsSofort = Type;
export declare const PaymentMethodDetailsSofort: SchemaModule<Type>;
