/** @schema `connect_embedded_base_config` */
export interface ConnectEmbeddedBaseConfig {
  /** Whether the embedded component is enabled. */
  enabled: boolean;
}
