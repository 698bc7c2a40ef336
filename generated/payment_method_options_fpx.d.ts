import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsFpx as self } from "./types/payment_method_options_fpx.js";

export type PaymentMethodOptionsFpx = self;
export declare const PaymentMethodOptionsFpx: SchemaModule<self>;
