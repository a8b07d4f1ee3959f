/**
 * A little of Copenhagen's look (header, breadcrumbs, comment list, sidebar, requests table, status
 * labels) so screenshots read as a real help center. It also carries the kind of rule themes really
 * ship and that would bleed into an injected badge if Plumbline did not isolate it: `h1 span` and
 * `.requests-table td span` restyled (checked by tests/e2e/ticket-badge.e2e.ts).
 */
export const THEME_CSS = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; font-size: 15px;
  line-height: 1.5; color: #2f3941; background: #fff; -webkit-font-smoothing: antialiased; }
a { color: #1f73b7; text-decoration: none; }
a:hover { text-decoration: underline; }
h1 { font-size: 32px; font-weight: 400; margin: 0 0 24px; }
h2 { font-size: 20px; font-weight: 600; }
.skip-navigation { position: absolute; left: -9999px; }
.header { display: flex; align-items: center; justify-content: space-between; max-width: 1160px; height: 71px; margin: 0 auto;
  padding: 0 5%; border-bottom: 1px solid #ddd; }
.logo a { display: inline-flex; align-items: center; gap: 10px; color: #17494d; font-weight: 700; font-size: 18px; }
.logo img { height: 36px; width: 36px; }
.user-nav { display: flex; align-items: center; gap: 24px; }
.user-nav a { color: #2f3941; }
.user-info { display: inline-flex; align-items: center; gap: 8px; color: #2f3941; font-size: 14px; }
.user-info img { width: 28px; height: 28px; border-radius: 50%; }
main { display: block; }
.container { max-width: 1160px; margin: 0 auto; padding: 0 5%; }
.sub-nav, .request-breadcrumbs { display: flex; align-items: center; justify-content: space-between; margin: 24px 0 16px; min-height: 40px; }
.breadcrumbs { display: flex; list-style: none; margin: 0; padding: 0; font-size: 14px; }
.breadcrumbs li { color: #68737d; }
.breadcrumbs li + li::before { content: ">"; margin: 0 6px; color: #68737d; }
.request-title { border-bottom: 1px solid #ddd; padding-bottom: 20px; margin-bottom: 0; }
.request-container { display: flex; gap: 40px; align-items: flex-start; }
.request-main { flex: 1 1 0; min-width: 0; }
.request-sidebar { flex: 0 0 300px; background: #f8f9f9; padding: 16px 20px; margin-top: 24px; font-size: 13px; }
.collapsible-sidebar-title { font-size: 15px; margin: 0 0 10px; }
.request-details { display: grid; grid-template-columns: 110px 1fr; margin: 0 0 16px; padding-bottom: 16px; border-bottom: 1px solid #ddd; }
.request-details:last-child { border-bottom: 0; }
.request-details dt { color: #68737d; margin: 4px 0; }
.request-details dd { margin: 4px 0; }
.request-collaborators { list-style: none; margin: 0; padding: 0; }
.comment-list { list-style: none; margin: 0; padding: 0; }
.comment { border-bottom: 1px solid #ddd; padding: 24px 0; }
.comment-info { min-width: 0; }
.comment-author { display: flex; align-items: center; gap: 12px; margin-bottom: 12px; }
.comment-avatar { position: relative; }
.user-avatar { width: 40px; height: 40px; border-radius: 50%; display: block; }
.icon-agent { position: absolute; bottom: -2px; right: -2px; color: #17494d; background: #fff; border-radius: 50%; }
.comment-meta { font-size: 13px; }
.comment-meta a { color: #2f3941; font-weight: 600; }
.meta-group { display: flex; gap: 8px; color: #68737d; font-size: 13px; }
.meta-data { color: #68737d; }
.comment-body p { margin: 0 0 10px; }
.attachments { list-style: none; margin: 8px 0 0; padding: 0; font-size: 13px; }
.attachment-item { display: flex; gap: 8px; align-items: baseline; }
.attachment-meta { display: inline-flex; gap: 8px; }
.comment-form { display: flex; gap: 12px; padding: 24px 0; }
.comment-container { flex: 1; }
.comment-form textarea { width: 100%; border: 1px solid #87929d; border-radius: 4px; padding: 8px; font: inherit; }
.comment-form-controls { margin-top: 8px; text-align: right; }
.comment-form-controls input { background: #17494d; color: #fff; border: 0; border-radius: 4px; padding: 8px 20px; font: inherit; cursor: pointer; }
.comment-callout { background: #f8f9f9; padding: 12px 16px; margin: 24px 0; font-size: 14px; }
.pagination { margin: 20px 0; text-align: center; }
.pagination ul { display: inline-flex; list-style: none; margin: 0; padding: 0; gap: 5px; }
.pagination li { border-radius: 50%; min-width: 40px; height: 40px; line-height: 40px; }
.pagination a, .pagination span { padding: 10px 12px; color: #68737d; }
.pagination-current { background: #17494d; }
.pagination-current span { color: #fff; }
.status-label { display: inline-block; border-radius: 4px; padding: 0 8px; font-size: 12px; font-weight: 600; line-height: 20px;
  white-space: nowrap; background: #1f73b7; color: #fff; text-align: center; }
.status-label-open, .status-label-new, .status-label-hold { background: #c72a1c; }
.status-label-pending { background: #1f73b7; }
.status-label-solved, .status-label-closed { background: #68737d; }
.my-activities-nav { display: flex; gap: 24px; border-bottom: 1px solid #ddd; margin-bottom: 24px; }
.my-activities-nav a, .my-activities-nav span { padding: 10px 0; display: inline-block; }
.my-activities-nav [aria-selected="true"] { border-bottom: 3px solid #17494d; font-weight: 600; }
.requests-search { display: flex; gap: 8px; margin-bottom: 16px; }
.requests-search input { flex: 1; max-width: 420px; border: 1px solid #87929d; border-radius: 4px; padding: 8px 12px; font: inherit; }
.requests-table { width: 100%; border-collapse: collapse; font-size: 14px; }
.requests-table th { text-align: left; color: #68737d; font-weight: 400; padding: 10px 8px; border-bottom: 1px solid #ddd; }
.requests-table td { padding: 14px 8px; border-bottom: 1px solid #ddd; vertical-align: middle; }
.requests-table .requests-table-meta { display: none; }
.requests-table tr.request-closed td { color: #87929d; }
.requests-table td:first-child { max-width: 520px; }
[data-garden-id="tables.table"] { width: 100%; border-collapse: collapse; font-size: 14px; }
[data-garden-id="tables.header_cell"] { text-align: left; color: #68737d; font-weight: 600; padding: 10px 8px; border-bottom: 1px solid #d8dcde; }
[data-garden-id="tables.cell"] { padding: 12px 8px; border-bottom: 1px solid #e9ebed; }
[data-garden-id="tags.tag_view"] { display: inline-block; border-radius: 4px; background: #e9ebed; padding: 0 8px; font-size: 12px; }
[role="tablist"] { display: flex; gap: 16px; margin-bottom: 16px; border-bottom: 1px solid #d8dcde; }
[role="tab"] { background: none; border: 0; padding: 10px 0; font: inherit; color: #2f3941; cursor: pointer; }
[role="tab"][aria-selected="true"] { border-bottom: 3px solid #1f73b7; font-weight: 600; }
.request-list-loading { color: #68737d; padding: 40px 0; }
.hero { background: #17494d; color: #fff; padding: 64px 5%; text-align: center; }
.hero h1 { margin-bottom: 12px; }
.hero p { max-width: 640px; margin: 0 auto; opacity: .9; }
.blocks { display: flex; gap: 24px; justify-content: center; margin: 40px 0; }
.blocks a { border: 1px solid #17494d; border-radius: 8px; padding: 24px 40px; color: #17494d; font-weight: 600; }
.footer { border-top: 1px solid #ddd; margin-top: 60px; padding: 30px 5%; color: #68737d; font-size: 13px; text-align: center; }
/* Theme customisations of the kind found in the wild. */
h1 span { font-family: Georgia, "Times New Roman", serif; font-style: italic; color: rgb(140, 20, 100); letter-spacing: 3px; font-size: 40px; }
.requests-table td span:not(.status-label) { font-family: Georgia, "Times New Roman", serif; letter-spacing: 1px; }
@media (max-width: 900px) { .request-container { flex-direction: column; } .request-sidebar { flex-basis: auto; width: 100%; } }
`;
