import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsInteracPresent as Type } from "./types/payment_method_details_interac_present.js";

export type PaymentMethodDetailsInteracPresent = Type;
export declare const PaymentMethodDetailsInteracPresent: SchemaModule<Type>;
