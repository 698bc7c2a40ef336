import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodZip as Type } from "./types/payment_method_zip.js";

export type PaymentMethodZip = Type;
export declare const PaymentMethodZip: SchemaModule<Type>;
