import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLink as self } from "./types/payment_link.js";

export type PaymentLink = self;
export declare const PaymentLink: SchemaModule<self>;
