import type { SchemaModule } from "./runtime/schema.js";
import type { AccountTermsOfService as Type } from "./types/account_terms_of_service.js";

export type AccountTermsOfService = Type;
export declare const AccountTermsOfService: SchemaModule<Type>;
