import type { SchemaModule } from "./runtime/schema.js";
import type { IdentityVerificationSession as Type } from "./types/identity.verification_session.js";

export type IdentityVerificationSession = Type;
export declare const IdentityVerificationSession: SchemaModule<Type>;
