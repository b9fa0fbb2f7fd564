// Characters from DiceBear's Open Peeps (artwork CC0, Pablo Stanley; library MIT). One SVG per face: the
// expression changes, the person stays the same (seeded by name). Rasterised at the pixel size the stage needs.
import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import type { Expression, Mood } from '../session/index.ts';

export type Face = NonNullable<openPeeps.Options['face']>[number];

/** Open Peeps' faces that smile or grin: only a pleased reaction, or a good mood, may use one. */
export const SMILING_FACES: ReadonlySet<Face> = new Set<Face>([
  'smile',
  'smileBig',
  'smileLOL',
  'smileTeethGap',
  'lovingGrin1',
  'lovingGrin2',
  'calm',
  'cute',
  'cheeky',
  'eatingHappy',
]);

/** The mood of trust. Engaged is an attentive smile, never the wide grin (smileBig). */
export const FACE_FOR_MOOD: Record<Mood, Face> = {
  engaged: 'smile',
  open: 'calm',
  guarded: 'serious',
  frustrated: 'veryAngry',
};

/** The immediate reaction to a choice (src/session/face-reaction.ts). */
export const FACE_FOR_EXPRESSION: Record<Expression, Face> = {
  pleased: 'smile',
  interested: 'explaining',
  puzzled: 'concerned',
  wary: 'suspicious',
  affronted: 'contempt',
};

type Head = NonNullable<openPeeps.Options['head']>[number];

const MASC: Head[] = [
  'short1',
  'short2',
  'short3',
  'short4',
  'short5',
  'grayShort',
  'pomp',
  'noHair2',
  'shaved2',
  'flatTop',
];
// No 'mediumStraight' or 'long': their hair falls over half the face.
const FEM: Head[] = [
  'bun',
  'bun2',
  'bangs',
  'medium1',
  'grayMedium',
  'grayBun',
  'longCurly',
  'bangs2',
  'hijab',
  'twists2',
];
const HEADS: Record<Look, Head[]> = {
  masc: MASC,
  fem: FEM,
  // No evidence either way: short and curly styles anyone wears, never a bun with a headband or long hair.
  any: ['short1', 'short2', 'short3', 'short5', 'afro', 'twists', 'twists2', 'medium2', 'flatTop', 'shaved2'],
};

export type Look = 'masc' | 'fem' | 'any';

const CLOTHING = ['2f5d6b', '8fa7df', '9ddadb', 'd9a066', 'b9757b', '6b8f71', 'e0c9a6'];

/**
 * One face of one person as SVG. Drawn at 90% and moved down so a bun or a tall quiff stays inside the
 * picture instead of being sliced flat by its top edge.
 */
export function characterSvg(name: string, look: Look, face: Face, size: number): string {
  return createAvatar(openPeeps, {
    seed: name,
    size,
    scale: 90,
    translateY: 5,
    face: [face],
    head: HEADS[look],
    clothingColor: CLOTHING,
    accessoriesProbability: 25,
    accessories: ['glasses', 'glasses2', 'glasses4'],
    facialHairProbability: look === 'masc' ? 30 : 0,
    maskProbability: 0,
  }).toString();
}

/** Loads an SVG string into an HTMLImageElement (data URI: allowed by the page's CSP). */
export function svgImage(svg: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('character image failed to load'));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}
