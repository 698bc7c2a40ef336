import type { SchemaModule } from "./runtime/api.js";
import type { IssuingAuthorizationVerificationData as self } from "./types/issuing_authorization_verification_data.js";

export type IssuingAuthorizationVerificationData = self;
export declare const IssuingAuthorizationVerificationData: SchemaModule<self>;
