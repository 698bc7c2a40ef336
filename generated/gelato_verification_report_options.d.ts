import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoVerificationReportOptions as Type } from "./types/gelato_verification_report_options.js";

export type GelatoVerificationReportOptions = Type;
export declare const GelatoVerificationReportOptions: SchemaModule<Type>;
