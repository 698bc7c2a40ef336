import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsLink as Type } from "./types/payment_method_details_link.js";

export type PaymentMethodDetailsLink = Type;
export declare const PaymentMethodDetailsLink: SchemaModule<Type>;
