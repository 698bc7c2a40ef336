import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLink as Type } from "./types/payment_link.js";

export type PaymentLink = Type;
export declare const PaymentLink: SchemaModule<Type>;
