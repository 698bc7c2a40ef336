import type { SchemaModule } from "./runtime/schema.js";
import type { SourceCodeVerificationFlow as Type } from "./types/source_code_verification_flow.js";

export type SourceCodeVerificationFlow = Type;
export declare const SourceCodeVerificationFlow: SchemaModule<Type>;
