// The platform's cut of a sale, in the order's minor units. Integer arithmetic with
// half-up rounding, so the fee never depends on floating point.
export function computePlatformFee(amount: number, feeBps: number): number {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError("amount must be a non-negative integer");
  if (!Number.isInteger(feeBps) || feeBps < 0 || feeBps > 10_000) throw new RangeError("fee must be 0–10000 basis points");
  return Math.floor((amount * feeBps + 5_000) / 10_000);
}

export function effectiveFeeBps(provider: { platformFeeBps: number | null }, settings: { platformFeeBps: number }): number {
  return provider.platformFeeBps ?? settings.platformFeeBps;
}
