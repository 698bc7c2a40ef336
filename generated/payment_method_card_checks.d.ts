import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodCardChecks as Type } from "./types/payment_method_card_checks.js";

export type PaymentMethodCardChecks = Type;
export declare const PaymentMethodCardChecks: SchemaModule<Type>;
