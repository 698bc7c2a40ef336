import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingAuthorizationVerificationData as Type } from "./types/issuing_authorization_verification_data.js";

export type IssuingAuthorizationVerificationData = Type;
export declare const IssuingAuthorizationVerificationData: SchemaModule<Type>;
