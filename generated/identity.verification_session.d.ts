import type { SchemaModule } from "./runtime/schema.js";
import type { IdentityVerificationSession as Type } from "./types/identity.verification_session.js";

export type { IdentityVerificationSession } from "./types/identity.verification_session.js";
declare const schema: SchemaModule<Type>;
export { schema as IdentityVerificationSession };
