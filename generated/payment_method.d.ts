import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethod as self } from "./types/payment_method.js";

export type PaymentMethod = self;
export declare const PaymentMethod: SchemaModule<self>;
