import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodPix as Type } from "./types/payment_method_pix.js";

export type PaymentMethodPix = Type;
export declare const PaymentMethodPix: SchemaModule<Type>;
