import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsFpx as Type } from "./types/payment_method_details_fpx.js";

export type PaymentMethodDetailsFpx = Type;
export declare const PaymentMethodDetailsFpx: SchemaModule<Type>;
