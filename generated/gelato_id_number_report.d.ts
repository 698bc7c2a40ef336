import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoIdNumberReport as Type } from "./types/gelato_id_number_report.js";

export type { GelatoIdNumberReport } from "./types/gelato_id_number_report.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoIdNumberReport };
