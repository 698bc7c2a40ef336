import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoDataIdNumberReportDate as Type } from "./types/gelato_data_id_number_report_date.js";

export type { GelatoDataIdNumberReportDate } from "./types/gelato_data_id_number_report_date.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoDataIdNumberReportDate };
