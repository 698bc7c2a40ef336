import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCashapp as Type } from "./types/payment_method_details_cashapp.js";

export type PaymentMethodDetailsCashapp = Type;
export declare const PaymentMethodDetailsCashapp: SchemaModule<Type>;
