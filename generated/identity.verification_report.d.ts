import type { SchemaModule } from "./runtime/schema.js";
import type { IdentityVerificationReport as Type } from "./types/identity.verification_report.js";

export type { IdentityVerificationReport } from "./types/identity.verification_report.js";
declare const schema: SchemaModule<Type>;
export { schema as IdentityVerificationReport };
