import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardChecks as self } from "./types/payment_method_details_card_checks.js";

export type PaymentMethodDetailsCardChecks = self;
export declare const PaymentMethodDetailsCardChecks: SchemaModule<self>;
