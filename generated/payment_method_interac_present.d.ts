import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodInteracPresent as Type } from "./types/payment_method_interac_present.js";

export type PaymentMethodInteracPresent = Type;
export declare const PaymentMethodInteracPresent: SchemaModule<Type>;
