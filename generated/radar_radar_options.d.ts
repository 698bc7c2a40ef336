import type { SchemaModule } from "./runtime/api.js";
import type { RadarRadarOptions as self } from "./types/radar_radar_options.js";

export type RadarRadarOptions = self;
export declare const RadarRadarOptions: SchemaModule<self>;
