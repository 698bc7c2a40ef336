import type { SchemaModule } from "./runtime/api.js";
import type { IdentityVerificationSession as self } from "./types/identity.verification_session.js";

export type IdentityVerificationSession = self;
export declare const IdentityVerificationSession: SchemaModule<self>;
