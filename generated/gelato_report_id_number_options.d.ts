import type { SchemaModule } from "./runtime/api.js";
import type { GelatoReportIdNumberOptions as self } from "./types/gelato_report_id_number_options.js";

export type GelatoReportIdNumberOptions = self;
export declare const GelatoReportIdNumberOptions: SchemaModule<self>;
