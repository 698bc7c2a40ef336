import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationVerificationData as Type } from "./types/issuing_authorization_verification_data.js";

export type { IssuingAuthorizationVerificationData } from "./types/issuing_authorization_verification_data.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingAuthorizationVerificationData };
