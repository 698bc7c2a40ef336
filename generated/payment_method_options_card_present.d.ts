import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsCardPresent as Type } from "./types/payment_method_options_card_present.js";

export type PaymentMethodOptionsCardPresent = Type;
export declare const PaymentMethodOptionsCardPresent: SchemaModule<Type>;
