import type { SchemaModule } from "./runtime/schema.js";
import type { AccountTermsOfService as Type } from "./types/account_terms_of_service.js";

export type { AccountTermsOfService } from "./types/account_terms_of_service.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountTermsOfService };
