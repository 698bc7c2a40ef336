import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutAcssDebitMandateOptions as self } from "./types/checkout_acss_debit_mandate_options.js";

export type CheckoutAcssDebitMandateOptions = self;
export declare const CheckoutAcssDebitMandateOptions: SchemaModule<self>;
