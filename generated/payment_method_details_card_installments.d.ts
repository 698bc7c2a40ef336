import type { SchemaModule } from "./runtime/api.js";
import type { PaymentMethodDetailsCardInstallments as self } from "./types/payment_method_details_card_installments.js";

export type PaymentMethodDetailsCardInstallments = self;
export declare const PaymentMethodDetailsCardInstallments: SchemaModule<self>;
