/** @schema `three_d_secure_usage` */
export type ThreeDSecureUsage = {
  /** Whether 3D Secure is supported on this card. */
  supported: boolean;
};
