import type { SchemaModule } from "./runtime/schema.js";
import type { CardIssuingAccountTermsOfService as Type } from "./types/card_issuing_account_terms_of_service.js";

export type CardIssuingAccountTermsOfService = Type;
export declare const CardIssuingAccountTermsOfService: SchemaModule<Type>;
