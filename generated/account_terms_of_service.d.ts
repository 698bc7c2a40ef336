import type { SchemaModule } from "./runtime/api.js";
import type { AccountTermsOfService as self } from "./types/account_terms_of_service.js";

export type AccountTermsOfService = self;
export declare const AccountTermsOfService: SchemaModule<self>;
