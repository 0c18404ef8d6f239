import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';

let warnings: string[] = [];
const realWarn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
});
afterEach(() => (console.warn = realWarn));

describe('defineElement', () => {
  it('defines a free tag', () => {
    class FreeTag extends HTMLElement {}
    defineElement('define-test-free', FreeTag);
    expect(customElements.get('define-test-free')).to.equal(FreeTag);
    expect(document.createElement('define-test-free')).to.be.instanceOf(FreeTag);
    expect(warnings).to.deep.equal([]);
  });

  it('leaves a tag another class has, warns once, and does not throw', () => {
    class Theirs extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define('define-test-taken', Theirs);
    expect(() => defineElement('define-test-taken', Ours)).not.to.throw();
    expect(() => defineElement('define-test-taken', Ours)).not.to.throw();
    expect(customElements.get('define-test-taken')).to.equal(Theirs);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<define-test-taken> is already defined by another class (Theirs)');
  });

  it('says nothing when the same class is defined again', () => {
    class Same extends HTMLElement {}
    defineElement('define-test-same', Same);
    defineElement('define-test-same', Same);
    expect(warnings).to.deep.equal([]);
  });

  it('warns instead of throwing when the registry refuses the class', () => {
    class Twice extends HTMLElement {}
    defineElement('define-test-first-name', Twice);
    // One constructor cannot be registered under two names: NotSupportedError.
    expect(() => defineElement('define-test-second-name', Twice)).not.to.throw();
    expect(customElements.get('define-test-second-name')).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<define-test-second-name> ');
  });
});
