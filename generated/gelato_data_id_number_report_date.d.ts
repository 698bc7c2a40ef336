import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoDataIdNumberReportDate as Type } from "./types/gelato_data_id_number_report_date.js";

export type GelatoDataIdNumberReportDate = Type;
export declare const GelatoDataIdNumberReportDate: SchemaModule<Type>;
