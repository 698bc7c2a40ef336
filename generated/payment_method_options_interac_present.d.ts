import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsInteracPresent as Type } from "./types/payment_method_options_interac_present.js";

export type PaymentMethodOptionsInteracPresent = Type;
export declare const PaymentMethodOptionsInteracPresent: SchemaModule<Type>;
