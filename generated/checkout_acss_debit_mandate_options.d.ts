import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutAcssDebitMandateOptions as Type } from "./types/checkout_acss_debit_mandate_options.js";

export type CheckoutAcssDebitMandateOptions = Type;
export declare const CheckoutAcssDebitMandateOptions: SchemaModule<Type>;
