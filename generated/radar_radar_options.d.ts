import type { SchemaModule } from "./runtime/schema.js";
import type { RadarRadarOptions as Type } from "./types/radar_radar_options.js";

export type RadarRadarOptions = Type;
export declare const RadarRadarOptions: SchemaModule<Type>;
