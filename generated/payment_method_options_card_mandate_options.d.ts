import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsCardMandateOptions as Type } from "./types/payment_method_options_card_mandate_options.js";

export type PaymentMethodOptionsCardMandateOptions = Type;
export declare const PaymentMethodOptionsCardMandateOptions: SchemaModule<Type>;
