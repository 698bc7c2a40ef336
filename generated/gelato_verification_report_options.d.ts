import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoVerificationReportOptions as Type } from "./types/gelato_verification_report_options.js";

export type { GelatoVerificationReportOptions } from "./types/gelato_verification_report_options.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoVerificationReportOptions };
