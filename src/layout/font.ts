/**
 * The font stack every label is drawn with. The default width table is calibrated
 * against the widest of these faces, so estimates err on the side of more room.
 *
 * @example
 * ```ts
 * ctx.font = `13px ${FONT_FAMILY}`;
 * ```
 */
export const FONT_FAMILY = '"Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", "Segoe UI", Tahoma, Arial, sans-serif';
