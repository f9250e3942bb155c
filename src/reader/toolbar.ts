// The reader's toolbar: theme, font, size, width, line height (persisted) and Close. Every listener
// takes the reader's AbortSignal, so closing tears them all down at once.
import { t } from '../platform/i18n';
import { FONTS, LIMITS, THEMES, setSettings, type Settings } from '../platform/storage';

const FONT_STACKS: Readonly<Record<Settings['fontFamily'], string>> = {
  serif: 'Georgia, "Iowan Old Style", "Times New Roman", serif',
  sans: 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
  mono: 'ui-monospace, "SF Mono", Menlo, Consolas, monospace',
};

type Typo = Pick<Settings, 'theme' | 'fontFamily' | 'fontSize' | 'contentWidth' | 'lineHeight'>;

/** Apply typography to the reader element through CSS custom properties (CSSOM, not markup). */
export function applyTypography(reader: HTMLElement, s: Typo): void {
  reader.dataset.theme = s.theme;
  reader.style.setProperty('--font', FONT_STACKS[s.fontFamily]);
  reader.style.setProperty('--size', `${s.fontSize}px`);
  reader.style.setProperty('--width', `${s.contentWidth}ch`);
  reader.style.setProperty('--leading', String(s.lineHeight));
}

function labelled(doc: Document, key: string, control: HTMLElement): HTMLLabelElement {
  const label = doc.createElement('label');
  label.append(t(key), control);
  return label;
}

function select(doc: Document, values: readonly string[], current: string, prefix: string): HTMLSelectElement {
  const el = doc.createElement('select');
  for (const v of values) el.append(new Option(t(`${prefix}${v[0]?.toUpperCase()}${v.slice(1)}`), v, false, v === current));
  return el;
}

function range(doc: Document, [min, max]: readonly [number, number], step: number, value: number): HTMLInputElement {
  const el = doc.createElement('input');
  Object.assign(el, { type: 'range', min: String(min), max: String(max), step: String(step), value: String(value) });
  return el;
}

export function buildToolbar(doc: Document, reader: HTMLElement, settings: Typo, onClose: () => void, signal: AbortSignal): HTMLElement {
  const bar = doc.createElement('div');
  bar.className = 'toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', t('readerToolbar'));
  const state: Typo = { ...settings };
  const theme = select(doc, THEMES, state.theme, 'theme');
  const font = select(doc, FONTS, state.fontFamily, 'font');
  const size = range(doc, LIMITS.fontSize, 1, state.fontSize);
  const width = range(doc, LIMITS.contentWidth, 2, state.contentWidth);
  const leading = range(doc, LIMITS.lineHeight, 0.1, state.lineHeight);
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = t('readerClose');
  close.setAttribute('aria-keyshortcuts', 'Escape');
  const spacer = doc.createElement('span');
  spacer.className = 'spacer';
  bar.append(labelled(doc, 'readerTheme', theme), labelled(doc, 'readerFont', font), labelled(doc, 'readerSize', size),
    labelled(doc, 'readerWidth', width), labelled(doc, 'readerLineHeight', leading), spacer, close);

  const update = (patch: Partial<Typo>): void => {
    Object.assign(state, patch);
    applyTypography(reader, state);
    void setSettings(patch).catch(() => undefined);
  };
  const opts = { signal };
  theme.addEventListener('change', () => update({ theme: theme.value as Typo['theme'] }), opts);
  font.addEventListener('change', () => update({ fontFamily: font.value as Typo['fontFamily'] }), opts);
  size.addEventListener('input', () => update({ fontSize: Number(size.value) }), opts);
  width.addEventListener('input', () => update({ contentWidth: Number(width.value) }), opts);
  leading.addEventListener('input', () => update({ lineHeight: Number(leading.value) }), opts);
  close.addEventListener('click', (e) => e.isTrusted && onClose(), opts);
  return bar;
}
