import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsCardMandateOptions as Type } from "./types/payment_method_options_card_mandate_options.js";

export type { PaymentMethodOptionsCardMandateOptions } from "./types/payment_method_options_card_mandate_options.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsCardMandateOptions };
