import type { SchemaModule } from "./runtime/api.js";
import type { CardIssuingAccountTermsOfService as self } from "./types/card_issuing_account_terms_of_service.js";

export type CardIssuingAccountTermsOfService = self;
export declare const CardIssuingAccountTermsOfService: SchemaModule<self>;
