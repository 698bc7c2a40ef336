import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsPix as Type } from "./types/payment_method_details_pix.js";

export type PaymentMethodDetailsPix = Type;
export declare const PaymentMethodDetailsPix: SchemaModule<Type>;
