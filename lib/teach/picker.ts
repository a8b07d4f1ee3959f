/**
 * The "Teach Plumbline this portal" element picker, injected into the page only when the user asks
 * (entrypoints/teach.ts; never part of the always-loaded content script). A panel in an open shadow root
 * (host styles reset with `all: initial`, like the badges) walks through the picks; hovering highlights,
 * clicking picks (the page never sees that click), Esc cancels. Page text is only ever set as text.
 * Before saving it previews what the recipe reads on this page.
 */
import type { RecipeInput } from '../model/recipe';
import { STATUS_CATEGORIES, type StatusCategory } from '../model/status';
import { recognisePage, type RecipeSource } from '../portals';
import { repeatingAncestor } from './candidates';
import { buildRecipe, guessCategory, type TeachPicks } from './build-recipe';

type StepKey = 'entry' | 'author' | 'time' | 'text' | 'partnerEntry' | 'subject' | 'status';

const STEPS: readonly { key: StepKey; text: string }[] = [
  { key: 'entry', text: 'Click one message that you (your side) wrote in this ticket’s conversation.' },
  { key: 'author', text: 'In that message, click the name of its author.' },
  { key: 'time', text: 'In that message, click its date or time.' },
  { key: 'text', text: 'In that message, click its text.' },
  { key: 'partnerEntry', text: 'Now click a message written by your IT partner.' },
  { key: 'subject', text: 'Click the ticket’s subject (its title).' },
  { key: 'status', text: 'Click the ticket’s status.' },
];
const INSIDE_ENTRY: ReadonlySet<StepKey> = new Set(['author', 'time', 'text']);

const STYLE = `
  .panel { position: fixed; right: 16px; bottom: 16px; width: 340px; max-height: 70vh; overflow: auto; z-index: 2147483647;
    font: 14px/1.4 system-ui, sans-serif; color: #1b1f24; background: #fff; border: 1px solid #8c959f; border-radius: 8px;
    box-shadow: 0 8px 24px rgba(0,0,0,.2); padding: 12px 14px; }
  .panel h2 { font-size: 15px; margin: 0 0 6px; }
  .panel p { margin: 6px 0; }
  .panel .step { font-weight: 600; }
  .panel .problem { color: #a40e26; }
  .panel ol { margin: 6px 0; padding-left: 20px; }
  .panel button { font: inherit; margin: 6px 6px 0 0; padding: 4px 10px; border-radius: 6px; border: 1px solid #8c959f; background: #f6f8fa; cursor: pointer; }
  .panel button.primary { background: #1f6feb; border-color: #1f6feb; color: #fff; }
  .panel label { display: block; margin-top: 6px; }
  .panel input, .panel select { font: inherit; width: 100%; box-sizing: border-box; }
  .box { position: fixed; pointer-events: none; z-index: 2147483646; border: 2px solid #1f6feb; background: rgba(31,111,235,.12); border-radius: 3px; }
  .box.picked { border-color: #1a7f37; background: rgba(26,127,55,.10); }
  @media (prefers-color-scheme: dark) { .panel { background: #161b22; color: #e6edf3; border-color: #30363d; } .panel button { background: #21262d; color: #e6edf3; border-color: #30363d; } }
`;

export interface PickerDeps {
  doc: Document;
  href: () => string;
  now: () => Date;
  timeZone: string;
  /** Validates and sends the recipe to the background; resolves to an error sentence or undefined. */
  save: (recipe: RecipeInput) => Promise<string | undefined>;
  /** Parses with RecipeSchema: a sentence when the recipe is not valid. */
  check: (recipe: RecipeInput) => string | undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: { className?: string; text?: string } = {}): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  return node;
}

export function startPicker(deps: PickerDeps): { stop(): void } {
  const { doc } = deps;
  const host = doc.createElement('plumbline-teach');
  host.setAttribute('style', 'all: initial !important; position: static !important;');
  host.setAttribute('data-plumbline-teach', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = element(doc, 'style', { text: STYLE });
  const hoverBox = element(doc, 'div', { className: 'box' });
  const pickedBox = element(doc, 'div', { className: 'box picked' });
  const panel = element(doc, 'section', { className: 'panel' });
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'Teach Plumbline this portal');
  hoverBox.hidden = true;
  pickedBox.hidden = true;
  root.append(style, hoverBox, pickedBox, panel);
  doc.documentElement.append(host);

  const picks: Partial<Record<StepKey, Element>> = {};
  let step = 0;
  let problem = '';
  let category: StatusCategory | undefined;

  const isOurs = (event: Event) => event.composedPath().includes(host);
  const place = (box: HTMLElement, target: Element | undefined) => {
    if (!target) {
      box.hidden = true;
      return;
    }
    const rect = target.getBoundingClientRect();
    box.hidden = false;
    box.style.left = `${rect.left}px`;
    box.style.top = `${rect.top}px`;
    box.style.width = `${rect.width}px`;
    box.style.height = `${rect.height}px`;
  };

  const button = (text: string, onClick: () => void, primary = false) => {
    const node = element(doc, 'button', { text, ...(primary ? { className: 'primary' } : {}) });
    node.type = 'button';
    node.addEventListener('click', onClick);
    return node;
  };

  const currentRecipe = (name: string): RecipeInput | undefined => {
    const { entry, author, time, text, partnerEntry, subject, status } = picks;
    if (!entry || !author || !time || !text || !partnerEntry || !subject) return undefined;
    const all: TeachPicks = { entry, author, time, text, partnerEntry, subject, ...(status ? { status, statusCategory: category ?? guessCategory(status.textContent ?? '') } : {}) };
    return buildRecipe(doc, deps.href(), all, name || undefined);
  };

  const renderPreview = () => {
    const host = new URL(deps.href()).host;
    const nameInput = element(doc, 'input');
    nameInput.value = `Taught on ${host}`.replace(/:/g, ' ');
    const select = element(doc, 'select');
    const statusText = (picks.status?.textContent ?? '').replace(/\s+/g, ' ').trim();
    category ??= guessCategory(statusText);
    for (const value of STATUS_CATEGORIES.filter((item) => item !== 'unknown')) {
      const option = element(doc, 'option', { text: value.replace(/_/g, ' ') });
      option.value = value;
      option.selected = value === category;
      select.append(option);
    }
    const summary = element(doc, 'div');
    const refresh = () => {
      summary.replaceChildren();
      const recipe = currentRecipe(nameInput.value.trim());
      const invalid = recipe ? deps.check(recipe) : 'Some picks are missing.';
      if (!recipe || invalid) {
        summary.append(element(doc, 'p', { className: 'problem', text: invalid ?? 'Some picks are missing.' }));
        return;
      }
      try {
        const scrape = recognisePage(doc, deps.href(), { now: deps.now(), timeZone: deps.timeZone }, [recipe as RecipeSource]);
        if (scrape?.page !== 'ticket') throw new Error('the recipe does not recognise this page');
        const events = scrape.ticket.events;
        const ours = events.filter((event) => event.side === 'client').length;
        const theirs = events.filter((event) => event.side === 'partner').length;
        summary.append(element(doc, 'p', { text: `Ticket ${scrape.ticket.ticketId}: “${scrape.ticket.subject}”, status ${scrape.ticket.status.raw}.` }));
        const preview = element(doc, 'p', { text: `${events.length} messages read: ${ours} from you, ${theirs} from your partner.` });
        preview.setAttribute('data-testid', 'teach-preview');
        summary.append(preview);
        const list = element(doc, 'ol');
        for (const event of [events[0], events[events.length - 1]].filter((item, index, all) => item && all.indexOf(item) === index)) {
          if (event) list.append(element(doc, 'li', { text: `${event.side === 'client' ? 'You' : event.side === 'partner' ? 'Partner' : 'Unknown'} · ${event.author ?? '?'} · ${event.at}` }));
        }
        summary.append(list);
      } catch (error) {
        summary.append(element(doc, 'p', { className: 'problem', text: `Preview failed: ${error instanceof Error ? error.message : String(error)}` }));
      }
    };
    select.addEventListener('change', () => {
      category = select.value as StatusCategory;
      refresh();
    });
    nameInput.addEventListener('input', refresh);
    const statusLabel = element(doc, 'label', { text: `“${statusText}” means: ` });
    statusLabel.append(select);
    const nameLabel = element(doc, 'label', { text: 'Name of this portal: ' });
    nameLabel.append(nameInput);
    const result = element(doc, 'p');
    result.setAttribute('role', 'status');
    const save = button('Save recipe', () => {
      const recipe = currentRecipe(nameInput.value.trim());
      if (!recipe) return;
      save.disabled = true;
      void deps.save(recipe).then((error) => {
        if (error) {
          result.className = 'problem';
          result.textContent = error;
          save.disabled = false;
          return;
        }
        result.textContent = 'Saved. Plumbline now reads this portal’s tickets.';
        setTimeout(stop, 1500);
      });
    }, true);
    panel.replaceChildren(
      element(doc, 'h2', { text: 'Teach Plumbline this portal' }),
      element(doc, 'p', { className: 'step', text: 'Check what Plumbline will read, then save.' }),
      statusLabel,
      nameLabel,
      summary,
      save,
      button('Back', () => go(step - 1)),
      button('Cancel', stop),
      result,
    );
    refresh();
  };

  const render = () => {
    const current = STEPS[step];
    place(pickedBox, picks.entry && step > 0 && step < 4 ? picks.entry : undefined);
    if (!current) return renderPreview();
    const children: Node[] = [
      element(doc, 'h2', { text: 'Teach Plumbline this portal' }),
      element(doc, 'p', { text: `Step ${step + 1} of ${STEPS.length}` }),
      element(doc, 'p', { className: 'step', text: current.text }),
    ];
    if (problem) children.push(element(doc, 'p', { className: 'problem', text: problem }));
    if (step > 0) children.push(button('Back', () => go(step - 1)));
    children.push(button('Cancel', stop));
    panel.replaceChildren(...children);
  };

  const go = (next: number) => {
    step = Math.max(0, next);
    problem = '';
    render();
  };

  const pick = (target: Element) => {
    const current = STEPS[step];
    if (!current) return;
    if (current.key === 'entry' || current.key === 'partnerEntry') {
      const entry = repeatingAncestor(target);
      if (current.key === 'partnerEntry' && (entry === picks.entry || picks.entry?.contains(entry))) {
        problem = 'That is the message you picked first: click a message written by your partner.';
        return render();
      }
      picks[current.key] = entry;
    } else if (INSIDE_ENTRY.has(current.key)) {
      if (!picks.entry?.contains(target)) {
        problem = 'Click inside the message you picked first (outlined in green).';
        return render();
      }
      picks[current.key] = target;
    } else {
      picks[current.key] = target;
    }
    go(step + 1);
  };

  const onMove = (event: MouseEvent) => {
    if (isOurs(event) || step >= STEPS.length) return place(hoverBox, undefined);
    place(hoverBox, event.target instanceof Element ? event.target : undefined);
  };
  const swallow = (event: Event) => {
    if (isOurs(event) || step >= STEPS.length) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const onClick = (event: MouseEvent) => {
    if (isOurs(event) || step >= STEPS.length) return;
    swallow(event);
    if (event.target instanceof Element) pick(event.target);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') stop();
  };

  const view = doc.defaultView ?? window;
  view.addEventListener('mousemove', onMove, true);
  view.addEventListener('mousedown', swallow, true);
  view.addEventListener('mouseup', swallow, true);
  view.addEventListener('click', onClick, true);
  view.addEventListener('keydown', onKey, true);

  function stop() {
    view.removeEventListener('mousemove', onMove, true);
    view.removeEventListener('mousedown', swallow, true);
    view.removeEventListener('mouseup', swallow, true);
    view.removeEventListener('click', onClick, true);
    view.removeEventListener('keydown', onKey, true);
    host.remove();
  }

  render();
  return { stop };
}
