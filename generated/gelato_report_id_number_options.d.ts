import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoReportIdNumberOptions as Type } from "./types/gelato_report_id_number_options.js";

export type GelatoReportIdNumberOptions = Type;
export declare const GelatoReportIdNumberOptions: SchemaModule<Type>;
