import type { SchemaModule } from "./runtime/schema.js";
import type { VerificationSessionRedaction as Type } from "./types/verification_session_redaction.js";

export type { VerificationSessionRedaction } from "./types/verification_session_redaction.js";
declare const schema: SchemaModule<Type>;
export { schema as VerificationSessionRedaction };
