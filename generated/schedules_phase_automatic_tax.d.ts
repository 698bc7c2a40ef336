import type { SchemaModule } from "./runtime/schema.js";
import type { SchedulesPhaseAutomaticTax as Type } from "./types/schedules_phase_automatic_tax.js";

export type { SchedulesPhaseAutomaticTax } from "./types/schedules_phase_automatic_tax.js";
declare const schema: SchemaModule<Type>;
export { schema as SchedulesPhaseAutomaticTax };
