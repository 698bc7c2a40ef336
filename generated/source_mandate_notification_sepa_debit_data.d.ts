import type { SchemaModule } from "./runtime/schema.js";
import type { SourceMandateNotificationSepaDebitData as Type } from "./types/source_mandate_notification_sepa_debit_data.js";

export type SourceMandateNotificationSepaDebitData = Type;
export declare const SourceMandateNotificationSepaDebitData: SchemaModule<Type>;
