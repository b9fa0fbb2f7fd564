// Characters from DiceBear's Open Peeps (artwork CC0, Pablo Stanley; library MIT). One SVG per mood: the face
// changes, the person stays the same (seeded by name). Rasterised at the pixel size the stage needs.
import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import type { Mood } from '../session/index.ts';

type Face = 'smileBig' | 'smile' | 'serious' | 'veryAngry';

export const FACE_FOR_MOOD: Record<Mood, Face> = {
  engaged: 'smileBig',
  open: 'smile',
  guarded: 'serious',
  frustrated: 'veryAngry',
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
const FEM: Head[] = [
  'bun',
  'bun2',
  'long',
  'bangs',
  'medium1',
  'mediumStraight',
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
  any: [...MASC, ...FEM, 'afro', 'twists', 'medium2'],
};

export type Look = 'masc' | 'fem' | 'any';

const CLOTHING = ['2f5d6b', '8fa7df', '9ddadb', 'd9a066', 'b9757b', '6b8f71', 'e0c9a6'];

export function characterSvg(name: string, look: Look, mood: Mood, size: number): string {
  return createAvatar(openPeeps, {
    seed: name,
    size,
    face: [FACE_FOR_MOOD[mood]],
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
