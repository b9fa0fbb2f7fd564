// How an effect reads on screen: a signed number with a real minus sign, and its tone class.

export function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : '0';
}

export type Tone = 'is-good' | 'is-bad' | 'is-flat';

export function tone(value: number): Tone {
  return value > 0 ? 'is-good' : value < 0 ? 'is-bad' : 'is-flat';
}
