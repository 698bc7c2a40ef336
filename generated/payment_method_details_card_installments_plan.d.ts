import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardInstallmentsPlan as self } from "./types/payment_method_details_card_installments_plan.js";

export type PaymentMethodDetailsCardInstallmentsPlan = self;
export declare const PaymentMethodDetailsCardInstallmentsPlan: SchemaModule<self>;
