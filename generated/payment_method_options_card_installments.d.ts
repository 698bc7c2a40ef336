import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodOptionsCardInstallments as self } from "./types/payment_method_options_card_installments.js";

export type PaymentMethodOptionsCardInstallments = self;
export declare const PaymentMethodOptionsCardInstallments: SchemaModule<self>;
