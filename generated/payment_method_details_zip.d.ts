import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsZip as Type } from "./types/payment_method_details_zip.js";

export type PaymentMethodDetailsZip = Type;
export declare const PaymentMethodDetailsZip: SchemaModule<Type>;
