import type { SchemaModule } from "./runtime/api.js";
import type { IdentityVerificationReport as self } from "./types/identity.verification_report.js";

export type IdentityVerificationReport = self;
export declare const IdentityVerificationReport: SchemaModule<self>;
