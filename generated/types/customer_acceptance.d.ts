import type { OfflineAcceptance } from "./offline_acceptance.js";
import type { OnlineAcceptance } from "./online_acceptance.js";

/** @schema `customer_acceptance` */
export type CustomerAcceptance = {
  /**
   * The time at which the customer accepted the Mandate.
   *
   * @format unix-time
   */
  accepted_at?: number | null;
  offline?: OfflineAcceptance;
  online?: OnlineAcceptance;
  /** The type of customer acceptance information included with the Mandate. One of `online` or `offline`. */
  type: "offline" | "online";
};
