import { expect } from '@open-wc/testing';
import { joinSummary, type SharedSummary } from './summary-cache.js';

/** A summarizer stand-in whose runs finish when the test says so. */
function maker() {
  const made: SharedSummary[] = [];
  return { made, make: (summary: SharedSummary) => void made.push(summary) };
}

describe('joinSummary()', () => {
  it('makes one summary per summarizer and key, shared by everyone who joins', () => {
    const summarizer = {};
    const { made, make } = maker();
    const heard: string[] = [];
    const [first] = joinSummary(summarizer, 'text', make, (s) => heard.push(`a:${s.out}`));
    const [second] = joinSummary(summarizer, 'text', make, (s) => heard.push(`b:${s.out}`));
    expect(made).to.have.length(1);
    expect(second).to.equal(first);
    first.out = 'Point.';
    first.done = true;
    first.changed();
    expect(heard).to.deep.equal(['a:Point.', 'b:Point.']);
  });

  it('makes a new summary for another key or another summarizer', () => {
    const summarizer = {};
    const { made, make } = maker();
    joinSummary(summarizer, 'one text', make, () => {});
    joinSummary(summarizer, 'another text', make, () => {});
    joinSummary({}, 'one text', make, () => {});
    expect(made).to.have.length(3);
  });

  it('aborts an unfinished summary only when the last one waiting leaves, and forgets it', () => {
    const summarizer = {};
    const { made, make } = maker();
    const [summary, leaveA] = joinSummary(summarizer, 'text', make, () => {});
    const [, leaveB] = joinSummary(summarizer, 'text', make, () => {});
    leaveA();
    expect(summary.signal.aborted).to.be.false;
    leaveB();
    expect(summary.signal.aborted).to.be.true;
    joinSummary(summarizer, 'text', make, () => {});
    expect(made).to.have.length(2, 'joining again starts over');
  });

  it('keeps a finished summary after everyone left, without aborting it', () => {
    const summarizer = {};
    const { made, make } = maker();
    const [summary, leave] = joinSummary(summarizer, 'text', make, () => {});
    summary.out = ['Done.'];
    summary.done = true;
    leave();
    expect(summary.signal.aborted).to.be.false;
    const [again] = joinSummary(summarizer, 'text', make, () => {});
    expect(again.out).to.deep.equal(['Done.']);
    expect(made).to.have.length(1);
  });

  it('stops telling a toggle about changes once it left', () => {
    const summarizer = {};
    const { make } = maker();
    const heard: string[] = [];
    const [summary, leaveA] = joinSummary(summarizer, 'text', make, () => heard.push('a'));
    joinSummary(summarizer, 'text', make, () => heard.push('b'));
    leaveA();
    summary.changed();
    expect(heard).to.deep.equal(['b']);
  });
});
