import { expect } from '@open-wc/testing';
import { LABELS } from './label-data.js';
import { labelsFor } from './labels.js';

// Every key a language must have: written out, so a key missing from English fails too.
const KEYS = [
  'prompt', 'show', 'hide', 'disclosure', 'previous', 'next', 'nav', 'loading', 'updated', 'empty',
  'readingTime', 'loadError', 'panel',
];
const LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'ar', 'zh', 'ja', 'ru', 'hi'];

describe('built-in labels', () => {
  it('has the twelve promised languages, and no other', () => {
    expect(Object.keys(LABELS).sort()).to.deep.equal([...LANGUAGES].sort());
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: has every label, each a non-empty text`, () => {
      const labels = LABELS[lang]!;
      expect(Object.keys(labels).sort()).to.deep.equal([...KEYS].sort());
      for (const key of KEYS) {
        const text = labels[key as keyof typeof labels];
        expect(text.trim(), `${lang}.${key}`).to.not.equal('');
        expect(text, `${lang}.${key} has no leftover positional placeholder`).to.not.include('%');
      }
      expect(labels.readingTime, `${lang}.readingTime`).to.match(/^[^{}]*\{minutes\}[^{}]*$/);
    });
  }

  it('translates every language, beyond the English placeholders', () => {
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      for (const key of KEYS.filter((k) => k !== 'readingTime')) {
        const text = LABELS[lang]![key as keyof (typeof LABELS)['en']];
        expect(text, `${lang}.${key}`).to.not.equal(LABELS.en![key as keyof (typeof LABELS)['en']]);
      }
    }
  });

  it('picks a language by its primary subtag, whatever the region or script', () => {
    expect(labelsFor('pt-BR').previous).to.equal('Artigo anterior');
    expect(labelsFor('zh-Hant-TW').next).to.equal('下一篇');
    expect(labelsFor('FR-ca').previous).to.equal('Article précédent');
    expect(labelsFor('de_AT').next).to.equal('Nächster Artikel');
    expect(labelsFor('ar-EG').previous).to.equal('المقال السابق');
  });

  it('falls back to English for a language it has no labels for, or none', () => {
    expect(labelsFor('he').prompt).to.equal('No time to read?');
    expect(labelsFor('').prompt).to.equal('No time to read?');
    expect(labelsFor('constructor').prompt).to.equal('No time to read?');
  });

  it('says the summary is quoted sentences, chosen automatically', () => {
    expect(labelsFor('en').disclosure).to.equal('Key sentences from this article, chosen automatically');
  });
});
