import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsZip as Type } from "./types/payment_method_options_zip.js";

export type PaymentMethodOptionsZip = Type;
export declare const PaymentMethodOptionsZip: SchemaModule<Type>;
