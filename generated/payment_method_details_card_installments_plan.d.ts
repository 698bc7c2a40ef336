import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardInstallmentsPlan as Type } from "./types/payment_method_details_card_installments_plan.js";

export type PaymentMethodDetailsCardInstallmentsPlan = Type;
export declare const PaymentMethodDetailsCardInstallmentsPlan: SchemaModule<Type>;
