import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsCardInstallments as Type } from "./types/payment_method_options_card_installments.js";

export type PaymentMethodOptionsCardInstallments = Type;
export declare const PaymentMethodOptionsCardInstallments: SchemaModule<Type>;
