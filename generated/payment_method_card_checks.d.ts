import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodCardChecks as self } from "./types/payment_method_card_checks.js";

export type PaymentMethodCardChecks = self;
export declare const PaymentMethodCardChecks: SchemaModule<self>;
