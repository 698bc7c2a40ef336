import type { SchemaModule } from "./runtime/schema.js";
import type { SchedulesPhaseAutomaticTax as Type } from "./types/schedules_phase_automatic_tax.js";

export type SchedulesPhaseAutomaticTax = Type;
export declare const SchedulesPhaseAutomaticTax: SchemaModule<Type>;
