import type { SchemaModule } from "./runtime/schema.js";
import type { IdentityVerificationReport as Type } from "./types/identity.verification_report.js";

export type IdentityVerificationReport = Type;
export declare const IdentityVerificationReport: SchemaModule<Type>;
