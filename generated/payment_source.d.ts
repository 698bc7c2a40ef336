import type { SchemaModule } from "./runtime/api.js";
import type { PaymentSource as self } from "./types/payment_source.js";

export type PaymentSource = self;
export declare const PaymentSource: SchemaModule<self>;
