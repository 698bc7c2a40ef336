import type { SchemaModule } from "./runtime/api.js";
import type { GelatoDataIdNumberReportDate as self } from "./types/gelato_data_id_number_report_date.js";

export type GelatoDataIdNumberReportDate = self;
export declare const GelatoDataIdNumberReportDate: SchemaModule<self>;
