import type { SchemaModule } from "./runtime/api.js";
import type { GelatoIdNumberReport as self } from "./types/gelato_id_number_report.js";

export type GelatoIdNumberReport = self;
export declare const GelatoIdNumberReport: SchemaModule<self>;
