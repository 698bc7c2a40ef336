import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoIdNumberReport as Type } from "./types/gelato_id_number_report.js";

export type GelatoIdNumberReport = Type;
export declare const GelatoIdNumberReport: SchemaModule<Type>;
