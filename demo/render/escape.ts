/**
 * Every value interpolated into demo HTML goes through `escapeHtml` (text and attribute values alike):
 * ticket subjects and bodies contain quotes, `<` and `&` on purpose (ticket #48206).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** JSON for an inline `<script>`: no `<` can close the element early (`</script>`, `<!--`). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
