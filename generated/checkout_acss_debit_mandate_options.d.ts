import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutAcssDebitMandateOptions as Type } from "./types/checkout_acss_debit_mandate_options.js";

export type { CheckoutAcssDebitMandateOptions } from "./types/checkout_acss_debit_mandate_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutAcssDebitMandateOptions };
