import type { SchemaModule } from "./runtime/api.js";
import type { GelatoVerificationReportOptions as self } from "./types/gelato_verification_report_options.js";

export type GelatoVerificationReportOptions = self;
export declare const GelatoVerificationReportOptions: SchemaModule<self>;
