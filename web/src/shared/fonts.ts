// The CJK web font ships with the bundle (subset by Unicode range, as Fontsource publishes it), so Chinese
// renders on machines with no CJK font. System CJK fonts come first in the stack; the web font is the fallback.
import '@fontsource-variable/noto-sans-sc';

export const WEB_CJK_FAMILY = 'Noto Sans SC Variable';

export const FONT_STACK = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  `"${WEB_CJK_FAMILY}"`,
  'sans-serif',
].join(', ');

/**
 * Loads the web font's subsets that cover the text. A canvas draws with whatever is loaded at that moment and
 * does not redraw when a font arrives, so labels wait for this before their first draw.
 */
export async function ensureGlyphs(text: string): Promise<void> {
  const distinct = [...new Set(text)].join('');
  if (distinct.trim().length === 0) return;
  await document.fonts.load(`16px "${WEB_CJK_FAMILY}"`, distinct);
}
