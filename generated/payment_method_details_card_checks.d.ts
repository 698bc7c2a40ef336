import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardChecks as Type } from "./types/payment_method_details_card_checks.js";

export type PaymentMethodDetailsCardChecks = Type;
export declare const PaymentMethodDetailsCardChecks: SchemaModule<Type>;
