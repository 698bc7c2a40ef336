import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsFpx as Type } from "./types/payment_method_options_fpx.js";

export type PaymentMethodOptionsFpx = Type;
export declare const PaymentMethodOptionsFpx: SchemaModule<Type>;
