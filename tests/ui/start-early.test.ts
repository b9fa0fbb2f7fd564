import { describe, expect, it } from 'vitest';
import { startEarlyTags } from '../../src/ui/build/start-early-plugin.ts';

const chunk = (name: string, fileName: string, imports: string[] = [], css: string[] = [], facade = '') => ({
  type: 'chunk' as const,
  name,
  fileName,
  facadeModuleId: facade || null,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});

const bundle = {
  'assets/main.js': chunk('main', 'assets/main.js'),
  'assets/phaser.js': chunk('phaser', 'assets/phaser.js'),
  'assets/stage.js': chunk('stage', 'assets/stage.js', ['assets/phaser.js']),
  'assets/view.js': chunk('view', 'assets/view.js', ['assets/main.js'], ['assets/view.css']),
  'assets/preview.js': chunk('preview', 'assets/preview.js', ['assets/view.js'], [], '/p/src/preview.ts'),
  'assets/font.woff2': { type: 'asset' as const, fileName: 'assets/font.woff2' },
};
const options = { preview: '/src/preview.ts', font: /font\.woff2$/ };

describe('start-early head tags', () => {
  it('preloads the font, Phaser and the opening preview with its styles, and starts the stage', () => {
    const tags = startEarlyTags(bundle, options, '<script type="module" src="./assets/main.js"></script>');
    expect(tags.match(/<[^>]+>/g)).toEqual([
      '<link rel="preload" as="font" type="font/woff2" crossorigin href="./assets/font.woff2">',
      '<link rel="modulepreload" crossorigin href="./assets/phaser.js">',
      '<link rel="modulepreload" crossorigin href="./assets/preview.js">',
      '<link rel="modulepreload" crossorigin href="./assets/view.js">',
      '<link rel="preload" as="style" crossorigin href="./assets/view.css">',
      '<script type="module" async crossorigin src="./assets/stage.js">',
      '</script>',
    ]);
  });

  it('names what is missing when the build has changed shape', () => {
    const noStage = Object.fromEntries(Object.entries(bundle).filter(([file]) => file !== 'assets/stage.js'));
    expect(() => startEarlyTags(noStage, options, '')).toThrow('start-early: no "stage" chunk in the build');
    expect(() => startEarlyTags(bundle, { ...options, preview: '/src/gone.ts' }, '')).toThrow(
      'no /src/gone.ts in the build',
    );
  });
});
