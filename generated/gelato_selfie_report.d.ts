import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoSelfieReport as Type } from "./types/gelato_selfie_report.js";

export type { GelatoSelfieReport } from "./types/gelato_selfie_report.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoSelfieReport };
