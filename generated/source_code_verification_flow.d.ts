import type { SchemaModule } from "./runtime/api.js";
import type { SourceCodeVerificationFlow as self } from "./types/source_code_verification_flow.js";

export type SourceCodeVerificationFlow = self;
export declare const SourceCodeVerificationFlow: SchemaModule<self>;
