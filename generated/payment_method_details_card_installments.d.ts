import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsCardInstallments as Type } from "./types/payment_method_details_card_installments.js";

export type PaymentMethodDetailsCardInstallments = Type;
export declare const PaymentMethodDetailsCardInstallments: SchemaModule<Type>;
